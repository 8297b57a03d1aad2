import { makePdf, sizeKb } from "@/tests/support/files";
import { expect, test } from "./support/test";

// 四(一)2 (issue 13 items 6 and 7): the institution uploads its stamped roster's scan and finds
// the notice's forms and its roster PDF; the reviewer opens the scan and records the paper's
// arrival; the institution sees the day instead of 「中心尚未收到纸质原件」 forever.

test("[机构/审核员] 纸质原件收件登记，机构看到收件日期 @institution", async ({ page, browser, signIn }) => {
  test.setTimeout(150_000);
  const rosterCard = () => page.getByRole("region", { name: "考核人员花名册（盖章）" });

  await test.step("机构上传盖章花名册扫描件，看到表格下载与花名册 PDF", async () => {
    await signIn("institution");
    await page.goto("/institution/documents");
    await expect(page.getByRole("heading", { name: "表格下载" })).toBeVisible();
    await expect(page.getByRole("link", { name: "专项职业能力考核报名质量责任承诺书（PDF）" })).toHaveAttribute(
      "href",
      "/forms/quality-pledge.pdf",
    );
    await expect(page.getByRole("link", { name: "下载本批次考核人员花名册（PDF）" })).toBeVisible();
    await expect(rosterCard().getByText(/中心尚未收到纸质原件/)).toBeVisible();
    await rosterCard()
      .getByLabel("考核人员花名册（盖章）")
      .setInputFiles({ name: "盖章花名册.pdf", mimeType: "application/pdf", buffer: Buffer.from(makePdf(sizeKb(300))) });
    await rosterCard().getByRole("button", { name: "上传" }).click();
    await expect(
      rosterCard()
        .getByText(/已上传/)
        .first(),
    ).toBeVisible();
  });

  await test.step("审核员查看扫描件并登记收件", async () => {
    const staff = await browser.newPage();
    await signIn("reviewer", staff);
    await staff.goto("/staff/paperwork");
    await expect(staff.getByRole("heading", { level: 1, name: "报名机构纸质材料" })).toBeVisible();
    const section = staff.getByRole("region", { name: "四川省大数据产业联合会 考核人员花名册（盖章）" });
    await expect(section.getByText(/扫描件：盖章花名册\.pdf/)).toBeVisible();
    await expect(section.getByRole("link", { name: /下载/ })).toBeVisible();
    await section.getByLabel("送件人（选填）").fill("顺丰快递");
    await section.getByLabel(/备注/).fill("第3页公章不清");
    await section.getByRole("button", { name: "登记已收到" }).click();
    await expect(section.getByText(/已登记/)).toBeVisible();
    await staff.close();
  });

  await test.step("机构看到中心的收件日期和备注", async () => {
    await page.reload();
    await expect(rosterCard().getByText("中心已于 2025-05-08 收到纸质原件")).toBeVisible();
    await expect(rosterCard().getByText("中心备注：第3页公章不清")).toBeVisible();
  });
});
