import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { idNumberHashes } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { ROSTER_COLUMNS } from "@/lib/domain/roster/columns";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { makeZip } from "@/tests/integration/institution/support/zip";
import { sql } from "./support/database";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";
import { fileOnDisk } from "./support/upload-file";

// 四(一)–六 for an institution on a desktop, batch 5 of 2025 (三): registration 5/6–5/13, review
// 5/13–5/23, payment 5/26–5/28, tickets 6/9–6/13, exam 6/14. The demo institution
// 四川省大数据产业联合会 (inst-dsj) registers six people, three for 大数据采集 (project 3) and three
// for 大数据清洗 (project 4), pays for all of them with one receipt and prints one ticket PDF for the
// batch (issue 13 item 2). The center's steps (return, approve, confirm) are fixtures on the database;
// the staff console has its own journeys.
const shot = (page: Page, step: string) => docShot(page, `institution-${step}`);
const NAMES = ["赵一鸣", "钱二丽", "孙三强", "李四海", "周五洋", "吴六芳"];
const PEOPLE = NAMES.map((name, i) => ({ name, idNumber: withCheckDigit(`5101051992030${i + 1}44${i}`) }));
/** What the template's header row must read: required columns marked with "*". */
const HEADERS = ROSTER_COLUMNS.map((c) => `${c.required ? "*" : ""}${c.header}`);
/** A valid row after 姓名 and 身份证号码 (the condition left blank: 大数据采集 has one). */
const REST = "13912345678|大数据采集||本科|四川大学|软件工程|2015|否|||成都市高新区天府大道中段1号|1-高中以上学历".split("|");

type Row = [name: string, idNumber: string | number];
const row = ([name, idNumber]: Row) => [name, idNumber, ...REST];

async function workbook(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { book, sheet: book.getWorksheet("花名册")! };
}

async function downloadPath(page: Page, click: () => Promise<void>): Promise<string> {
  const event = page.waitForEvent("download");
  await click();
  return (await event).path();
}

const jpegFile = async (kb: number, seed = 1) => ({ name: "scan.jpg", mimeType: "image/jpeg", buffer: await jpeg(kb, seed) });
const jpeg = async (kb: number, seed = 1) => Buffer.from(await makeJpeg({ targetBytes: sizeKb(kb), seed }));

const download = async (page: Page, click: () => Promise<void>) => readFileSync(await downloadPath(page, click));

async function uploadRoster(page: Page, bytes: Buffer) {
  const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await page.getByLabel("填好的花名册（xlsx 或 CSV）").setInputFiles({ name: "花名册.xlsx", mimeType, buffer: bytes });
  await page.getByRole("button", { name: "上传并检查" }).click();
}

test.describe.configure({ mode: "serial" });

test("[机构] 下载模板、导入花名册与附件、修改后提交、统一缴费、批量打印准考证 @institution", async ({ page, clock, signIn }) => {
  test.setTimeout(300_000);
  const [a, b, c, d, e, f] = PEOPLE;

  await test.step("登录后进入机构工作台", async () => {
    // Password and the authenticator code, like staff (issue 10).
    await signIn("institution");
    await page.goto("/me");
    await page.getByRole("link", { name: "进入报名机构工作台" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "四川省大数据产业联合会" })).toBeVisible();
    await shot(page, "1-home");
  });

  await test.step("下载模板，填写好坏各半的花名册，预览逐行问题（四(一)2）", async () => {
    await page.getByRole("link", { name: "花名册导入" }).click();
    const template = await download(page, () => page.getByRole("link", { name: "下载花名册模板（xlsx）" }).click());
    const { book, sheet } = await workbook(template);
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADERS);
    const wrongCheck = d!.idNumber.slice(0, 17) + (d!.idNumber.endsWith("1") ? "2" : "1");
    // Rows 4–6: a mistyped digit, a number cell that lost digits, a 14-year-old.
    const typed = [
      a!.idNumber,
      b!.idNumber,
      c!.idNumber,
      wrongCheck,
      Number(e!.idNumber.slice(0, 17)),
      withCheckDigit("51010520100601123"),
    ];
    PEOPLE.forEach((p, i) => (sheet.getRow(i + 2).values = row([p.name, typed[i]!])));
    await uploadRoster(page, Buffer.from(await book.xlsx.writeBuffer()));
    await expect(page.getByText("共 6 行：3 行可以提交，3 行有问题。")).toBeVisible();
    await expect(page.getByText(/身份证号码校验位不正确/)).toBeVisible();
    await expect(page.getByText(/丢失了后几位/)).toBeVisible();
    await expect(page.getByText(/未满16周岁/)).toBeVisible();
    await shot(page, "2-preview");
  });

  await test.step("只提交没有问题的行，下载有问题的行修改后重新上传提交", async () => {
    await page.getByLabel(/本机构已对以上考生的报名资格进行初审/).check();
    await page.getByRole("button", { name: "提交 3 名考生" }).click();
    await expect(page.getByText("已保存 3 名考生，另有 3 行未提交。请上传他们的附件材料。")).toBeVisible();
    const invalid = await download(page, () => page.getByRole("link", { name: "下载有问题的 3 行（xlsx）" }).click());
    const { book, sheet } = await workbook(invalid);
    expect(sheet.getRow(2).getCell(15).text).toContain("身份证号码：");
    // Issue 13 item 4: the number cell comes back as the spreadsheet showed it, never as digits that pass the checksum.
    expect(sheet.getRow(3).getCell(2).text).toMatch(/^\d\.\d+E\+16$/);
    [d!, e!, f!].forEach((person, i) => {
      sheet.getRow(i + 2).getCell(1).value = person.name;
      sheet.getRow(i + 2).getCell(2).value = person.idNumber;
      // These three are for the second project of the batch.
      sheet.getRow(i + 2).getCell(4).value = "大数据清洗";
    });
    await page.getByRole("link", { name: "花名册导入" }).click();
    await uploadRoster(page, Buffer.from(await book.xlsx.writeBuffer()));
    await expect(page.getByText("共 3 行：3 行可以提交，0 行有问题。")).toBeVisible();
    await page.getByLabel(/本机构已对以上考生的报名资格进行初审/).check();
    await page.getByRole("button", { name: "提交 3 名考生" }).click();
    await expect(page.getByText("已保存 3 名考生，另有 0 行未提交。请上传他们的附件材料。")).toBeVisible();
  });

  await test.step("一个压缩包导入全部附件，报告自动调整与未匹配的文件，附件齐全的提交复审", async () => {
    const photo = await makeJpeg({ targetBytes: sizeKb(250) });
    const big = await makeJpeg({ targetBytes: sizeKb(700), width: 1800, height: 2400, seed: 5 });
    const pdf = makePdf(sizeKb(240));
    const scans = ["申报表", "承诺书", "学历证明", "身份证正面", "身份证反面"];
    const zip = makeZip([
      ...PEOPLE.flatMap((p, i) => [
        { name: `${p.idNumber}_照片.jpg`, data: i === 0 ? big : photo, method: "store" as const },
        ...scans.map((s) => ({ name: `${p.idNumber}_${s}.pdf`, data: pdf, method: "store" as const })),
      ]),
      { name: `${withCheckDigit("51010519800101999")}_照片.jpg`, data: photo, method: "store" },
    ]);
    await page.getByRole("link", { name: "上传附件" }).click();
    await page.getByLabel("附件压缩包（zip）").setInputFiles(fileOnDisk("附件.zip", zip));
    await page.getByRole("button", { name: "上传并导入" }).click();
    await expect(page.getByText(/已保存 36 个文件，拒收 0 个，未匹配 1 个；6 名考生附件齐全，已提交中心复审。/)).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole("heading", { name: "自动调整的图片（1）" })).toBeVisible();
    await expect(page.getByText(/本批次没有该身份证号码的考生/)).toBeVisible();
    await shot(page, "3-zip-report");
    await page.getByRole("navigation", { name: "报名机构功能" }).getByRole("link", { name: "考生" }).click();
    await expect(page.getByRole("row", { name: new RegExp(a!.name) })).toContainText("待审核");
    await shot(page, "4-candidates");
  });

  await test.step("按完整身份证号码查找考生，查看完整号码（留痕）（issue 13 item 3）", async () => {
    await page.getByLabel("按姓名或完整身份证号码查找").fill(c!.idNumber);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("row", { name: new RegExp(c!.name) })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(a!.name) })).toHaveCount(0);
    await page.getByRole("link", { name: c!.name }).click();
    await expect(page.getByText(c!.idNumber)).toHaveCount(0);
    await page.getByRole("button", { name: "查看完整身份证号码" }).click();
    await expect(page.getByText(c!.idNumber)).toBeVisible();
  });

  const ids = await sql<{ id: string; name: string }>(
    `SELECT a.id, c.name FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = ANY($1)`,
    [idNumberHashes(PEOPLE.map((p) => p.idNumber))],
  );
  expect(ids).toHaveLength(6);
  const returned = ids.find((r) => r.name === b!.name)!;

  await test.step("审核期开始前退回的考生：当天可修改，审核期将结束时提交修改（四(二)3，ADR 064）", async () => {
    const reasons = JSON.stringify({ PHOTO: "照片不是白底，请重新上传。" });
    await sql(`UPDATE "Application" SET status = 'RETURNED', "returnReasons" = $2 WHERE id = $1`, [returned.id, reasons]);
    // Still 05-08: returned before the review window (05-13) opens; the form is there at once.
    await page.goto(`/institution/candidates/${returned.id}`);
    await expect(page.getByText("照片不是白底，请重新上传。").first()).toBeVisible();
    // A returned row: the clerk corrects the mobile the roster had (issue 13 item 3).
    const identity = page.getByRole("region", { name: "更正姓名和手机号码" });
    await identity.getByLabel("手机号码").fill("13700001234");
    await identity.getByRole("button", { name: "保存更正" }).click();
    await expect(identity.getByText("已保存。")).toBeVisible();
    const field = page.getByRole("region", { name: "考生照片" });
    await field.getByLabel("考生照片").setInputFiles(await jpegFile(260, 9));
    await field.getByRole("button", { name: "重新上传" }).click();
    await expect(field.getByText(/已上传：\d+ KB/)).toBeVisible();
    // Submitted the day before review ends (05-23): the answer is due by then, not in the payment window.
    clock.set("2025-05-22T09:00:00+08:00");
    await page.reload();
    await page.getByRole("button", { name: "提交修改" }).click();
    // Back in review: the page shows the new due date instead of the forms.
    await expect(page.getByText("中心应于 2025-05-23 前反馈审核结果", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "提交修改" })).toHaveCount(0);
  });

  await test.step("审核通过后整批缴费：两个项目一张通知、一个备注码、一张回单，金额不一致先提示（五(一)）", async () => {
    await sql(`UPDATE "Application" SET status = 'APPROVED' WHERE id = ANY($1)`, [ids.map((r) => r.id)]);
    clock.set("2025-05-27T09:00:00+08:00");
    await page.goto("/institution/payments");
    // 四 "不足10人…原则上不予组织考核": visible before paying.
    await expect(page.getByText(/本计划目前报名 \d+ 人/).first()).toBeVisible();
    await page.getByRole("button", { name: "生成整批缴费通知" }).click();
    const notice = page.getByRole("region", { name: /整批缴费通知/ });
    await expect(notice.getByRole("cell", { name: "大数据采集" })).toBeVisible();
    await expect(notice.getByRole("cell", { name: "大数据清洗" })).toBeVisible();
    await expect(page.getByText("900.00 元")).toBeVisible();
    await expect(page.getByText(/^JG[2-9A-HJ-NP-Z]{8}$/)).toBeVisible();
    await page.getByLabel("转账金额（元）").fill("800");
    await expect(page.getByText(/转账金额 800.00 元与应缴金额 900.00 元不一致/)).toBeVisible();
    await page.getByLabel("银行回单（缴费凭证）").setInputFiles(await jpegFile(150));
    await page.getByRole("button", { name: "提交缴费凭证并标注已缴费" }).click();
    await expect(page.getByText(/请核对，或勾选“金额不一致，仍然提交”/).first()).toBeVisible();
    await page.getByLabel("转账金额（元）").fill("900.00");
    await page.getByLabel("银行回单（缴费凭证）").setInputFiles(await jpegFile(150));
    await shot(page, "5-payment");
    await page.getByRole("button", { name: "提交缴费凭证并标注已缴费" }).click();
    await expect(page.getByText(/缴费凭证已提交（备注码 JG[2-9A-HJ-NP-Z]{8}，6 人，2 个项目）/)).toBeVisible();
    // One receipt, one Payment row for both projects.
    const payments = await sql<{ id: string; items: number; plans: number }>(
      `SELECT i."paymentId" AS id, count(*)::int AS items, count(DISTINCT a."planId")::int AS plans
       FROM "PaymentItem" i JOIN "Application" a ON a.id = i."applicationId" WHERE i."applicationId" = ANY($1) GROUP BY 1`,
      [ids.map((r) => r.id)],
    );
    expect(payments).toEqual([{ id: payments[0]!.id, items: 6, plans: 2 }]);
  });

  await test.step("中心确认收费后，在打印准考证期一次下载全部准考证（六）", async () => {
    const paid = `SELECT "paymentId" FROM "PaymentItem" WHERE "applicationId" = ANY($1)`;
    await sql(`UPDATE "Payment" SET status = 'CONFIRMED' WHERE id IN (${paid})`, [ids.map((r) => r.id)]);
    const secondProject = new Set([d!.name, e!.name, f!.name]);
    for (const [i, r] of ids.entries()) {
      const projectSeq = secondProject.has(r.name) ? 4 : 3;
      const ticketNumber = formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq, sequence: 101 + i });
      await sql(`UPDATE "Application" SET status = 'PAYMENT_CONFIRMED', "ticketNumber" = $2 WHERE id = $1`, [r.id, ticketNumber]);
    }
    const plans = `SELECT DISTINCT "planId" FROM "Application" WHERE id = ANY($1)`;
    await sql(`UPDATE "Plan" SET status = 'HELD' WHERE id IN (${plans})`, [ids.map((r) => r.id)]);
    // 七: the officer has set each plan's session (the ticket names the time).
    await sql(
      `INSERT INTO "ExamSession" (id, "planId", "roomId", "startTime", "endTime", "updatedAt")
       SELECT gen_random_uuid(), p."planId", NULL, '09:00', '11:00', now() FROM (${plans}) p
       WHERE NOT EXISTS (SELECT 1 FROM "ExamSession" s WHERE s."planId" = p."planId" AND s."roomId" IS NULL)`,
      [ids.map((r) => r.id)],
    );
    clock.set("2025-06-10T09:00:00+08:00");
    await page.goto("/institution/tickets");
    await expect(page.getByText(/请在 2025-06-12（考核日期 2025-06-14 前 2 个工作日）前/)).toBeVisible();
    await shot(page, "6-tickets");
    // One PDF for the whole batch, both projects, by project then name (issue 13 item 2).
    const file = await downloadPath(page, () => page.getByRole("link", { name: /下载本批次全部准考证（6 张/ }).click());
    const text = execFileSync("pdftotext", [file, "-"]).toString("utf8");
    for (const p of PEOPLE) {
      expect(text).toContain(p.name);
      expect(text).not.toContain(p.idNumber);
    }
    expect(text.indexOf("大数据采集")).toBeLessThan(text.indexOf("大数据清洗"));
    expect(execFileSync("pdfinfo", [file]).toString("utf8")).toMatch(/Pages:\s+6/);
  });
});
