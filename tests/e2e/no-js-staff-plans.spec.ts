import type { Request } from "@playwright/test";
import { expect, test } from "./support/test";

// Issue 15 (ADR 133): the exam officer's forms keep working without JavaScript: the server action
// is still the form's action, so a post renders the page again with the action's errors (in
// Chinese) and the values typed; a right value then takes effect. With JavaScript, the same schema
// says what is wrong when a field is left, before anything is posted.
const SITE = "无脚本测试考点";
const ADDRESS_SHORT = "请填写考点地址（至少5个字）。";

test.use({ signedInAs: "officer" });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[考务] 不启用 JavaScript：考点与考场表单的错误显示且已填内容保留，改正后保存 @staff", async ({ page }) => {
    await page.goto("/staff/plans/sites");
    const newSite = page.getByRole("region", { name: "新增考点" });

    await test.step("考点地址太短：提示错误，已填内容保留；改正后考点出现", async () => {
      await newSite.getByLabel("考点名称").fill(SITE);
      await newSite.getByLabel("考点地址").fill("成都");
      await newSite.getByRole("button", { name: "新增考点" }).click();
      await expect(newSite.getByText(ADDRESS_SHORT)).toBeVisible();
      await expect(newSite.getByLabel("考点名称")).toHaveValue(SITE);
      await expect(newSite.getByLabel("考点地址")).toHaveValue("成都");
      await expect(page.getByRole("region", { name: SITE })).toHaveCount(0);

      await newSite.getByLabel("考点地址").fill("成都市金牛区无脚本路8号");
      await newSite.getByRole("button", { name: "新增考点" }).click();
      await expect(page.getByRole("region", { name: SITE })).toBeVisible();
    });

    await test.step("考场容量为0：提示错误，考场名称保留；改正后容量计入考点", async () => {
      const site = page.getByRole("region", { name: SITE });
      await site.getByLabel("考场名称").fill("无脚本一号");
      await site.getByLabel("容量（座位数）").fill("0");
      await site.getByRole("button", { name: "新增考场" }).click();
      await expect(site.getByText("容量须为1至500的整数。")).toBeVisible();
      await expect(site.getByLabel("考场名称")).toHaveValue("无脚本一号");
      await expect(site.getByLabel("容量（座位数）")).toHaveValue("0");

      await site.getByLabel("容量（座位数）").fill("30");
      await site.getByRole("button", { name: "新增考场" }).click();
      await expect(site.getByRole("heading", { name: `${SITE}共 30 座` })).toBeVisible();
      await expect(site.getByRole("textbox", { name: "考场名称" }).first()).toHaveValue("无脚本一号");
    });
  });
});

test("[考务] 考点地址离开即提示错误，提交时聚焦第一个错误，不向服务器提交 @staff", async ({ page }) => {
  await page.goto("/staff/plans/sites");
  const posts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request);
  });
  const newSite = page.getByRole("region", { name: "新增考点" });
  await newSite.getByLabel("考点地址").fill("成都");
  await newSite.getByLabel("考点地址").blur();
  await expect(newSite.getByText(ADDRESS_SHORT)).toBeVisible();
  await expect(newSite.getByLabel("考点地址")).toHaveAttribute("aria-invalid", "true");
  // Submitted with the name empty too: the first wrong field in the form's order gets the focus.
  await newSite.getByRole("button", { name: "新增考点" }).click();
  await expect(newSite.getByLabel("考点名称")).toBeFocused();
  await expect(newSite.getByLabel("考点地址")).toHaveValue("成都");
  expect(posts).toEqual([]);
});
