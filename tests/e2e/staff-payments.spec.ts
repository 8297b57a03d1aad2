import iconv from "iconv-lite";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { ensureStaffDemo, loginAsStaff } from "./support/staff-login";
import { docShot } from "./support/doc-shot";

// 五 缴费确认 at the demo moment 2025-05-08: batch 4's payment window (5/7–5/9) is open. The three
// receipts are prisma/seed/demo-staff.ts's: 宋佳 (own transfer), the institution's bulk transfer
// for three people, and 冯军 paying for 冯小雨 (代缴, with the notice's note).
const shot = (page: Page, name: string) => docShot(page, `staff-${name}`);

test.describe.configure({ mode: "serial" });
test.beforeAll(ensureStaffDemo);

test("[财务] 核对回单、退回一笔、导入银行流水并确认匹配 @staff", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAsStaff(page, "finance", "/staff/payments");
  // Payer names are encrypted at rest (ADR 054): rows come back decrypted, the filter runs here.
  const song = (
    await sql<{ referenceCode: string; payerName: string }>(
      `SELECT "referenceCode", "payerName" FROM "Payment" WHERE status = 'PENDING'`,
    )
  ).find((p) => p.payerName === "宋佳");
  expect(song).toBeDefined();

  await test.step("待确认列表：应缴金额与回单金额并列，收款账户在上方", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "缴费确认" })).toBeVisible();
    await expect(page.getByText(/本中心收款人：/)).toBeVisible();
    await expect(page.getByRole("row", { name: /四川省大数据产业联合会/ })).toContainText("450.00");
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

  await test.step("导入GBK编码的银行流水，按识别码和付款人提出匹配", async () => {
    await page.goto("/staff/payments/statement");
    const csv = iconv.encode(
      [
        "账号：5105 0000 0000 0000 0001",
        "交易日期,交易金额,对方户名,摘要",
        `2025-05-08,150.00,宋佳,专项考核费 ${song!.referenceCode}`,
        '2025/05/08,"450.00",四川省大数据产业联合会,考核费 5月24日 3人',
        "2025-05-08,99.00,路人甲,捐款",
      ].join("\r\n"),
      "gbk",
    );
    await page.getByLabel("银行流水CSV文件").setInputFiles({ name: "流水.csv", mimeType: "text/csv", buffer: csv });
    await page.getByRole("button", { name: "导入" }).click();
    await expect(page.getByText(/已导入3行（编码 GB18030）/)).toBeVisible();
    const matches = page.getByRole("region", { name: "建议匹配" });
    await expect(matches.getByRole("checkbox")).toHaveCount(2);
    await expect(matches).toContainText("附言识别码一致且金额相符");
    await expect(matches).toContainText("付款人与金额一致");
    await expect(page.getByRole("region", { name: "未匹配的流水" })).toContainText("路人甲");
    await shot(page, "payments-statement");
    await page.getByRole("button", { name: "确认所选匹配并确认收费" }).click();
    await expect(page.getByText(/已确认收费2笔/)).toBeVisible();
  });

  await test.step("确认后不再出现在待确认列表", async () => {
    await page.goto("/staff/payments");
    await expect(page.getByRole("row", { name: /宋佳/ })).toHaveCount(0);
    await expect(page.getByRole("row", { name: /四川省大数据产业联合会/ })).toHaveCount(0);
    const [state] = await sql<{ status: string }>(`SELECT status::text FROM "Payment" WHERE "referenceCode" = $1`, [
      song!.referenceCode,
    ]);
    expect(state?.status).toBe("CONFIRMED");
  });
});
