import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { sql } from "./support/database";
import { ensureStaffDemo } from "./support/staff-login";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";

// 五 缴费确认 at the demo moment 2025-05-08: batch 4's payment window (5/7–5/9) is open. The three
// receipts are prisma/seed/demo-staff.ts's: 宋佳 (own transfer), the institution's bulk transfer
// for three people, and 冯军 paying for 冯小雨 (代缴, with the notice's note).
const shot = (page: Page, name: string) => docShot(page, `staff-${name}`);

test.describe.configure({ mode: "serial" });
test.beforeAll(ensureStaffDemo);

test("[财务] 核对回单、退回一笔、导入银行流水并确认匹配 @staff", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  await signIn("finance");
  await page.goto("/staff/payments");
  // Payer names are encrypted at rest (ADR 057): rows come back decrypted, the filter runs here.
  const pending = await sql<{ referenceCode: string; payerName: string; amountFen: number }>(
    `SELECT "referenceCode", "payerName", "amountFen" FROM "Payment" WHERE status = 'PENDING'`,
  );
  const song = pending.find((p) => p.payerName === "宋佳");
  expect(song).toBeDefined();
  // The seed's bulk receipt for three people: another spec may leave a receipt of the same
  // institution waiting too (no-js-institution.spec.ts), so the seed's is named by its amount.
  const institution = pending.find((p) => p.payerName === "四川省大数据产业联合会" && Number(p.amountFen) === 45_000);
  expect(institution).toBeDefined();
  const institutionRow = () => page.getByRole("row", { name: new RegExp(institution!.referenceCode) });

  await test.step("待确认列表：应缴金额与回单金额并列，收款账户在上方", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "缴费确认" })).toBeVisible();
    await expect(page.getByText(/本中心收款人：/)).toBeVisible();
    await expect(institutionRow()).toContainText("四川省大数据产业联合会");
    await expect(institutionRow()).toContainText("450.00");
    await shot(page, "payments-queue");
  });

  await test.step("[键盘] 代缴的回单：j 选中、Enter 打开，看到代缴备注；r 写退回原因，Esc 返回列表", async () => {
    const row = page.getByRole("row", { name: /冯军/ });
    for (let i = 0; i < 20 && !(await row.evaluate((tr) => tr.contains(document.activeElement))); i++)
      await page.keyboard.press("j");
    await expect(row.getByRole("link")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("该笔费用由冯军（代缴人姓名）代冯小雨")).toBeVisible();
    const receipt = page.getByRole("img", { name: "银行回单" });
    await expect(receipt).toBeVisible();
    // Loaded although the route answers as a download: an <img> ignores Content-Disposition.
    await expect.poll(() => receipt.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await shot(page, "payments-receipt");
    await page.keyboard.press("c");
    await expect(page.getByRole("button", { name: "确认收费" })).toBeFocused();
    await page.keyboard.press("r");
    await expect(page.getByLabel("退回原因")).toBeFocused();
    await page.keyboard.type("回单上看不到收款人账号，请上传完整回单。");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "确认退回" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("已退回，已通知缴费人。")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/staff\/payments$/);
    await expect(page.getByRole("row", { name: /冯军/ })).toHaveCount(0);
  });

  await test.step("导入网银导出的xlsx流水（识别码写在备注里，有手续费和合计行），按识别码提出匹配", async () => {
    await page.goto("/staff/payments/statement");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    for (const row of [
      ["中国建设银行单位账户明细"],
      ["账号：5105 0000 0000 0000 0001", "", "户名：四川省职业技能鉴定指导中心"],
      ["交易时间", "借方发生额（支取）", "贷方发生额（收入）", "余额", "对方户名", "摘要", "备注"],
      ["20250508 09:12:00", "", "150.00", "1150.00", "宋佳", "网银转账", `专项考核费 ${song!.referenceCode}`],
      ["20250508 10:02:00", "", "450.00", "1600.00", "大数据产业联合会（四川）", "转账存入", "考核费 5月24日 3人"],
      ["20250508 10:02:00", "0.50", "", "1599.50", "", "汇划手续费", ""],
      ["20250508 11:30:00", "", "99.00", "1698.50", "路人甲", "转账存入", "捐款"],
      ["合计", "0.50", "699.00", "", "", "", ""],
    ])
      sheet.addRow(row);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByLabel("银行流水文件（.xlsx 或 .csv）").setInputFiles({
      name: "流水.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: xlsx,
    });
    await page.getByRole("button", { name: "导入" }).click();
    await expect(page.getByText(/已导入3行（编码 XLSX）/)).toBeVisible();
    await expect(page.getByText("第6行不是收入（支出或手续费），未导入。")).toBeVisible();
    await expect(page.getByText("第8行是合计或说明行，未导入。")).toBeVisible();
    const matches = page.getByRole("region", { name: "建议匹配" });
    await expect(matches.getByRole("checkbox")).toHaveCount(1);
    await expect(matches).toContainText("附言识别码一致且金额相符");
    await expect(page.getByRole("region", { name: "未匹配的流水" })).toContainText("路人甲");
    await shot(page, "payments-statement");
    await page.getByRole("button", { name: "确认所选匹配并确认收费" }).click();
    await expect(page.getByText(/已确认收费1笔/)).toBeVisible();
  });

  await test.step("剩余流水手工处理：对应到机构的凭证（写明理由），排除一笔捐款", async () => {
    const leftover = page.getByRole("region", { name: "未匹配的流水" });
    await leftover.getByRole("checkbox", { name: /大数据产业联合会（四川）/ }).check();
    await page.getByLabel("缴费凭证识别码").fill(institution!.referenceCode);
    await page.getByLabel("对应理由（如：电话核实付款人）").fill("电话核实：联合会财务用简称转账");
    await page.getByRole("button", { name: "对应并确认收费" }).click();
    await expect(page.getByText(`已将1行流水对应到 ${institution!.referenceCode}，并已确认收费。`)).toBeVisible();
    const donation = leftover.getByRole("listitem").filter({ hasText: "路人甲" });
    await donation.getByLabel("排除理由").fill("社会捐款，非考核费");
    await donation.getByRole("button", { name: "排除此行" }).click();
    await expect(leftover).not.toContainText("路人甲");
    const dismissed = (
      await sql<{ dismissReason: string; payerName: string }>(
        `SELECT "dismissReason", "payerName" FROM "BankStatementLine" WHERE "dismissedAt" IS NOT NULL`,
      )
    ).find((line) => line.payerName === "路人甲");
    expect(dismissed?.dismissReason).toBe("社会捐款，非考核费");
  });

  await test.step("全部缴费凭证：按付款人查到已确认的，按状态筛出已退回的", async () => {
    await page.goto("/staff/payments/all");
    await page.getByLabel("查询内容").fill("宋佳");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByRole("row", { name: /宋佳/ })).toContainText("已确认收费");
    await page.getByLabel("查询内容").fill("");
    await page.getByLabel("状态").selectOption({ label: "已退回" });
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page.getByRole("row", { name: /冯军/ })).toContainText("已退回");
  });

  await test.step("确认后不再出现在待确认列表", async () => {
    await page.goto("/staff/payments");
    await expect(page.getByRole("row", { name: /宋佳/ })).toHaveCount(0);
    await expect(institutionRow()).toHaveCount(0);
    const [state] = await sql<{ status: string }>(`SELECT status::text FROM "Payment" WHERE "referenceCode" = $1`, [
      song!.referenceCode,
    ]);
    expect(state?.status).toBe("CONFIRMED");
  });
});
