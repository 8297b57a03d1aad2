import type { Page } from "@playwright/test";

/** A batch's dates as the notice states them (YYYY-MM-DD): each window's first and last day, and the exam day. */
export interface BatchDates {
  registration: [string, string];
  review: [string, string];
  payment: [string, string];
  ticket: [string, string];
  exam: string;
}

/**
 * 管理员 → 新增批次 for `year`: fills every date of the form by its label and presses 保存.
 * The page signed in as 管理员 stays on whatever the portal answers (saved, or the form with
 * its refusals or warnings), for the spec to check.
 */
export async function saveNewBatch(page: Page, year: number, dates: BatchDates) {
  await page.goto(`/staff/admin/batches/new?year=${year}`);
  const byLabel: [string, string][] = [
    ["报名开始", dates.registration[0]],
    ["报名截止", dates.registration[1]],
    ["审核开始", dates.review[0]],
    ["审核截止", dates.review[1]],
    ["缴费开始", dates.payment[0]],
    ["缴费截止", dates.payment[1]],
    ["打印准考证开始", dates.ticket[0]],
    ["打印准考证截止", dates.ticket[1]],
    ["考核日期", dates.exam],
  ];
  for (const [label, value] of byLabel) await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: "保存" }).click();
}
