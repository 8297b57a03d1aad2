import { expect, test } from "./support/test";

// Issue 15 (ADR 133): the administration forms keep working without JavaScript. Each form posts
// to its (unbound) server action and the page answers with the action's errors and the values
// typed; one-button forms carry their ids in hidden inputs. Year 2093 and 2094 are this spec's own.
test.use({ javaScriptEnabled: false, signedInAs: "officer" });

test("[管理员] 不启用 JavaScript：节假日调整的错误提示、保存与删除，新增批次的错误提示 @staff", async ({ page }) => {
  await test.step("节假日调整：未填日期时提示，已填说明和勾选保留；改正后保存，再删除", async () => {
    await page.goto("/staff/admin/holidays?year=2093");
    await expect(page.getByText("该年度没有调整。")).toBeVisible();
    await page.getByLabel("说明（如：春节）").fill("无脚本调休");
    await page.getByRole("checkbox", { name: "该日为工作日（调休上班）" }).check();
    await page.getByRole("button", { name: "保存该日" }).click();
    await expect(page.getByText("日期格式应为 年-月-日，例如 2000-01-31，且须是真实存在的日期。")).toBeVisible();
    await expect(page.getByLabel("说明（如：春节）")).toHaveValue("无脚本调休");
    await expect(page.getByRole("checkbox", { name: "该日为工作日（调休上班）" })).toBeChecked();

    await page.getByLabel("日期", { exact: true }).fill("2093-05-09");
    await page.getByRole("button", { name: "保存该日" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    const row = page.getByRole("row").filter({ hasText: "2093-05-09" });
    await expect(row).toContainText("调休上班");
    await expect(row).toContainText("无脚本调休");

    await row.getByRole("button", { name: "删除" }).click();
    await expect(page.getByText("该年度没有调整。")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "2093-05-09" })).toHaveCount(0);
  });

  await test.step("新增批次：年度不在范围内时提示，已填内容保留，什么也没保存", async () => {
    await page.goto("/staff/admin/batches/new?year=2094");
    await page.getByLabel("年度", { exact: true }).fill("1999");
    await page.getByLabel("报名开始").fill("2094-03-02");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("请填写2024至2100之间的年度。")).toBeVisible();
    await expect(page.getByLabel("年度", { exact: true })).toHaveValue("1999");
    await expect(page.getByLabel("报名开始")).toHaveValue("2094-03-02");
  });
});
