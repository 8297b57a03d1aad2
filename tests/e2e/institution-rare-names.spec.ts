import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { idNumberHashes } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { sql } from "./support/database";
import { expect, test } from "./support/test";

// Issue 13 item 5 (GB 18030-2022): an institution registers 王𠮷 (CJK Extension B) and the
// ticket's text holds the whole name, where it used to print 「王」 and a blank box. 张𰀀, whose
// 𰀀 (U+30000, Extension G) no PDF font has (not even fonts-hanazono, ADR 110, which CI installs
// and which draws 𪚥), is refused in the preview with what to do. Project 4 (大数据清洗) of batch 5,
// so the institution journey's plan (project 3) is not touched.
const RARE = { name: "王𠮷", idNumber: withCheckDigit("51010719880717318") };
const NONE = { name: "张𰀀", idNumber: withCheckDigit("51010719880717326") };
// With fonts-hanazono installed (CI: .ci/run), the server reads its coverage at start
// (instrumentation.ts) and 𪚥 is accepted; without it 𪚥 is refused like 𰀀 (ADR 110).
const HANAZONO = existsSync("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf");
const EXTRA = { name: "赵𪚥", idNumber: withCheckDigit("51010719880717342") };
const REST = "13912345678|大数据清洗||本科|四川大学|软件工程|2015|否|||成都市高新区天府大道中段1号|1-高中以上学历".split("|");

async function downloadPath(page: Page, click: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent("download");
  await click();
  return (await event).path();
}

test("[机构] 生僻字姓名王𠮷导入后准考证完整打印，字库没有的字提示处理办法 @institution", async ({ page, clock, signIn }) => {
  test.setTimeout(180_000);
  await signIn("institution");
  await page.goto("/institution/roster");

  await test.step("花名册中的王𠮷可以提交，张𰀀提示字库未收录", async () => {
    const template = await downloadPath(page, () => page.getByRole("link", { name: "下载花名册模板（xlsx）" }).click());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.getWorksheet("花名册")!;
    sheet.getRow(2).values = [RARE.name, RARE.idNumber, ...REST];
    sheet.getRow(3).values = [NONE.name, NONE.idNumber, ...REST];
    sheet.getRow(4).values = [EXTRA.name, EXTRA.idNumber, ...REST];
    const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await page
      .getByLabel("填好的花名册（xlsx 或 CSV）")
      .setInputFiles({ name: "花名册.xlsx", mimeType, buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await page.getByRole("button", { name: "上传并检查" }).click();
    const good = HANAZONO ? 2 : 1;
    await expect(page.getByText(`共 3 行：${good} 行可以提交，${3 - good} 行有问题。`)).toBeVisible();
    await expect(page.getByText(/“𰀀”不在准考证、证书所用字库中/)).toBeVisible();
    await page.getByLabel(/本机构已对以上考生的报名资格进行初审/).check();
    if (!HANAZONO) await expect(page.getByText(/“𪚥”不在准考证、证书所用字库中/)).toBeVisible();
    await page.getByRole("button", { name: `提交 ${good} 名考生` }).click();
    await expect(page.getByText(`已保存 ${good} 名考生，另有 ${3 - good} 行未提交。请上传他们的附件材料。`)).toBeVisible();
  });

  await test.step("中心确认收费后，准考证的文字层有完整的王𠮷", async () => {
    const [app] = await sql<{ id: string; planId: string }>(
      `SELECT a.id, a."planId" FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = ANY($1)`,
      [idNumberHashes([RARE.idNumber])],
    );
    expect(app).toBeDefined();
    const ticketNumber = formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 4, sequence: 731 });
    await sql(`UPDATE "Application" SET status = 'PAYMENT_CONFIRMED', "ticketNumber" = $2 WHERE id = $1`, [
      app!.id,
      ticketNumber,
    ]);
    await sql(`UPDATE "Plan" SET status = 'HELD' WHERE id = (SELECT "planId" FROM "Application" WHERE id = $1)`, [app!.id]);
    await sql(
      `INSERT INTO "ExamSession" (id, "planId", "roomId", "startTime", "endTime", "updatedAt")
       SELECT gen_random_uuid(), a."planId", NULL, '09:00', '11:00', now() FROM "Application" a WHERE a.id = $1
       AND NOT EXISTS (SELECT 1 FROM "ExamSession" s WHERE s."planId" = a."planId" AND s."roomId" IS NULL)`,
      [app!.id],
    );
    clock.set("2025-06-10T09:00:00+08:00");
    await page.goto("/institution/tickets");
    await expect(page.getByRole("heading", { name: "大数据清洗", exact: true })).toBeVisible();
    // The plan's download, as its button on the page links it (the page may group plans later).
    const link = page.locator(`a[href$="?plan=${app!.planId}"]`);
    const file = await downloadPath(page, () => link.click());
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8").replace(/\s+/g, "");
    expect(text).toContain("王𠮷");
    expect(text).not.toContain(RARE.idNumber);
  });
});
