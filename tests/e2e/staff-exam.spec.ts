import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { createDbClient } from "@/lib/db-client";
import { parseIdNumber } from "@/lib/domain/id-number";
import { displayTicketNumber, formatTicketNumber } from "@/lib/domain/ticket-number";
import { seedDemoExam } from "@/prisma/seed/demo-exam";
import { e2eDatabaseUrl } from "./support/database";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";

// 四 六 七 八 九 from the exam officer's desk at the demo moment 2025-05-08 (三): batch 4's
// 分布式数据库管理 has 11 paid (hold it, seat it); batch 3 (exam 4/26) 人工智能图像识别 sat its
// exam (import its results, publish its notice). Data: prisma/seed/demo-exam.ts.
const shot = (page: Page, name: string) => docShot(page, `staff-${name}`);
const batch3Tickets = Array.from({ length: 12 }, (_, i) =>
  formatTicketNumber({ year: 2025, batchSeq: 3, projectSeq: 8, sequence: i + 1 }),
);

async function sheet(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("成绩");
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every 18-character run that is a real ID number (checksum included). */
const fullIdNumbers = (html: string) =>
  [...html.matchAll(/\d{17}[\dXx]/g)].map((m) => m[0]).filter((id) => parseIdNumber(id, "2100-01-01").ok);

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const db = createDbClient(e2eDatabaseUrl());
  await seedDemoExam(db);
  await db.$disconnect();
});

test("[考务] 举办计划、安排座位、导入成绩、发布公示、考核当天签到 @staff", async ({ page, clock, signIn }) => {
  test.setTimeout(180_000);
  await signIn("officer");
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "中心工作台" })).toBeVisible();
  await shot(page, "dashboard");

  await test.step("考核计划：对照最低10人", async () => {
    await page.getByRole("link", { name: "考核计划与考场" }).click();
    const batch4 = page.getByRole("region", { name: "2025年第4批" });
    await expect(batch4.getByRole("row", { name: /分布式数据库管理/ })).toContainText("已达 11/10 人");
    await expect(batch4.getByRole("row", { name: /人工智能文本分析/ })).toContainText("还差 10 人");
    await shot(page, "plans");
  });

  await test.step("确定举办：已缴费考生生成准考证号", async () => {
    // Batch 4's plan: other specs may have registered someone for the same project in batch 5.
    await page.getByRole("region", { name: "2025年第4批" }).getByRole("link", { name: "7. 分布式数据库管理" }).click();
    await page.getByRole("button", { name: "确定举办" }).click();
    // The decision forms give way to the seat forms once the plan is held.
    await expect(page.getByRole("heading", { name: "考场座位" })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^11$/ })).toHaveCount(2);
    await expect(
      page.getByRole("cell", {
        name: displayTicketNumber(formatTicketNumber({ year: 2025, batchSeq: 4, projectSeq: 7, sequence: 11 })),
      }),
    ).toBeVisible();
  });

  await test.step("自动安排座位并下载签到册", async () => {
    await page.getByLabel("考点").selectOption({ label: "省职鉴中心省直考点（共 40 座）" });
    await page.getByRole("button", { name: "自动安排座位" }).click();
    await expect(page.getByText("已安排 11 名考生的座位")).toBeVisible();
    await page.reload();
    const download = page.waitForEvent("download");
    await page
      .getByRole("link", { name: /下载签到册/ })
      .first()
      .click();
    expect((await download).suggestedFilename()).toContain("签到册");
    await shot(page, "plan-seats");
  });

  await test.step("导入成绩：有问题的行逐行列出，且不导入任何成绩", async () => {
    await page.getByRole("link", { name: "成绩与证书" }).click();
    const batch3 = page.getByRole("region", { name: "2025年第3批" });
    const bad = await sheet([["准考证号", "成绩"], ...batch3Tickets.map((t, i) => [t, i === 1 ? 101 : 70])]);
    await batch3.getByLabel("成绩文件（.xlsx 或 .csv）").setInputFiles({
      name: "成绩.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bad,
    });
    await batch3.getByRole("button", { name: "导入成绩" }).click();
    await expect(batch3.getByText("第3行：成绩须在0到100之间")).toBeVisible();
    await shot(page, "results-import-errors");
    const good = await sheet([["准考证号", "成绩"], ...batch3Tickets.map((t, i) => [t, i === 1 ? "缺考" : 55 + i * 4])]);
    await batch3.getByLabel("成绩文件（.xlsx 或 .csv）").setInputFiles({
      name: "成绩.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: good,
    });
    await batch3.getByRole("button", { name: "导入成绩" }).click();
    await expect(batch3.getByText(/已导入 12 人：合格 \d+ 人，缺考 1 人/)).toBeVisible();
  });

  await test.step("发布成绩公示（考核结束5个工作日后），公示页不含完整身份证号", async () => {
    await page.reload();
    const row = page.getByRole("region", { name: "2025年第3批" }).getByRole("row", { name: /人工智能图像识别/ });
    await row.getByRole("button", { name: "发布公示" }).click();
    // Issue 16 item 10: publishing is public and final, so a confirmation step first.
    const confirm = row.getByRole("alertdialog", { name: "确认发布成绩公示" });
    await expect(confirm).toContainText("不能撤回");
    await confirm.getByRole("button", { name: "确认发布公示" }).click();
    await expect(row.getByText(/已公示 · 证书 \d+ · 已领 0/)).toBeVisible();
    await shot(page, "results-published");
    await page.goto("/notice");
    await expect(page.getByRole("heading", { name: /人工智能图像识别/ })).toBeVisible();
    expect(fullIdNumbers(await page.content())).toEqual([]);
    await shot(page, "notice");
  });

  await test.step("考核当天签到（手机）：核对照片后确认", async () => {
    clock.set("2025-05-24T08:30:00+08:00");
    await page.setViewportSize({ width: 412, height: 915 });
    await page.goto("/staff/exam/check-in");
    await page.getByLabel("准考证号").fill(formatTicketNumber({ year: 2025, batchSeq: 4, projectSeq: 7, sequence: 1 }));
    await page.getByRole("button", { name: "查询考生" }).click();
    await expect(page.getByRole("img", { name: /的照片/ })).toBeVisible();
    await page.getByRole("button", { name: "核对无误，确认签到" }).click();
    await expect(page.getByText(/已签到（\d\d:\d\d）/)).toBeVisible();
    await shot(page, "check-in");
    // Issue 16 item 10: a candidate who forgot the ticket is found by name, photo shown.
    const name = (await page.getByRole("region", { name: "考生信息" }).locator("dd").first().textContent())!.trim();
    await page.reload();
    await page.getByLabel("准考证号、姓名或身份证号").fill(name);
    await page.getByRole("button", { name: "查询考生" }).click();
    const card = page.getByRole("region", { name: "考生信息" }).filter({ hasText: /已于 .* 签到过/ });
    await expect(card).toContainText(name);
    await expect(card.getByRole("img", { name: `${name}的照片` })).toBeVisible();
    await shot(page, "check-in-by-name");
    clock.reset();
  });

  await test.step("English", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto("/en/staff/plans");
    await expect(page.getByRole("heading", { level: 1, name: "Assessment plans" })).toBeVisible();
    await shot(page, "plans-en");
  });
});
