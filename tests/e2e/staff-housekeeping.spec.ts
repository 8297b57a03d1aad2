import { saveNewBatch } from "./support/new-batch";
import { ensureStaffDemo } from "./support/staff-login";
import { expect, test } from "./support/test";

// Issue 17 items 6 and 7: calendar housekeeping (a holiday exam warned, then confirmed; a draft
// deleted), the audit log in words, and a logout on every staff page.

test.describe.configure({ mode: "serial" });
test.beforeAll(ensureStaffDemo);

test("[管理员] 考核日期为法定节假日：先提示，确认后保存；草稿可删除 @staff", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn("officer");
  await saveNewBatch(page, 2026, {
    registration: ["2026-08-03", "2026-08-10"],
    review: ["2026-08-10", "2026-08-21"],
    payment: ["2026-08-24", "2026-08-26"],
    ticket: ["2026-09-21", "2026-09-25"],
    exam: "2026-10-03",
  });

  await test.step("未保存：提示考核日期是法定节假日", async () => {
    await expect(page.getByText("尚未保存。请核对以下提示")).toBeVisible();
    await expect(page.getByText("考核日期 2026-10-03 是法定节假日。")).toBeVisible();
    await expect(page.getByLabel("考核日期")).toHaveValue("2026-10-03");
  });

  await test.step("确认并保存：进入年度列表，草稿带着提示", async () => {
    await page.getByRole("button", { name: "确认并保存" }).click();
    await expect(page).toHaveURL(/year=2026/);
    const draft = page.getByRole("region", { name: /^第\d+批$/ }).filter({ hasText: "考核 2026-10-03" });
    await expect(draft).toContainText("草稿");
    await expect(draft).toContainText("考核日期 2026-10-03 是法定节假日。");
  });

  await test.step("删除草稿", async () => {
    const draft = page.getByRole("region", { name: /^第\d+批$/ }).filter({ hasText: "考核 2026-10-03" });
    await draft.getByRole("button", { name: "删除草稿" }).click();
    await expect(page.getByRole("region", { name: /^第\d+批$/ }).filter({ hasText: "考核 2026-10-03" })).toHaveCount(0);
  });

  await test.step("录入次年全年节假日安排（不是逐日）后，该年度视为已知", async () => {
    await page.goto("/staff/admin/holidays?year=2027");
    await expect(page.getByText("2027年全年节假日安排尚未录入")).toBeVisible();
    await page
      .getByLabel("全年放假和调休安排")
      .fill("2027-01-01 休 元旦\n2027-02-06 至 2027-02-12 休 春节\n2027-02-14 班 春节调休\n2027-10-01 至 2027-10-07 休 国庆节");
    await page.getByRole("button", { name: "保存全年安排" }).click();
    await expect(page.getByText(/2027年全年节假日安排已录入/)).toBeVisible();
    await expect(page.getByRole("row", { name: /2027-02-14/ })).toContainText("调休上班");
  });

  await test.step("审计日志写明做了什么、对哪一批", async () => {
    await page.context().clearCookies();
    await signIn("auditor");
    await page.goto("/staff/audit?action=admin.batch.delete");
    const row = page.getByRole("row").filter({ hasText: "admin.batch.delete" }).first();
    await expect(row).toContainText("删除草稿批次");
    await expect(row).toContainText(/2026年第\d+批/);
  });
});

test("[工作人员] 在工作台任一页面退出登录 @staff", async ({ page, signIn }) => {
  test.setTimeout(90_000);
  await signIn("finance");
  await page.goto("/staff/payments");
  await expect(page.getByRole("heading", { level: 1, name: "缴费确认" })).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).not.toHaveURL(/\/staff/);
  await page.goto("/staff/payments");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "登录", exact: true })).toBeVisible();
});
