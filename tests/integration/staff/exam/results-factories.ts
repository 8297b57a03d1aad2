import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { deriveBatchDates, RESULT_NOTICE_LENGTH_WORKING_DAYS } from "@/lib/domain/derived-dates";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import type { IsoDate } from "@/lib/domain/types";
import { createWorkingDayCalendar } from "@/lib/domain/working-days";
import { importScores } from "@/lib/server/results/import-scores";
import { publishNotice } from "@/lib/server/results/publish-notice";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { createApplications, createBatch, createPlan, officer, type TestBatch } from "./factories";

/** Factories for results, notices and certificates (八 九): plans whose exam took place. */

/** A held plan whose candidates have tickets 0001..n, as the exam day leaves it. */
export async function satPlan(batch: TestBatch, projectSeq: number, names: string[], institutionId?: string) {
  const plan = await createPlan(batch, projectSeq, "HELD");
  const apps = await createApplications(plan, names.length, { names, institutionId });
  const tickets: string[] = [];
  for (const [i, a] of apps.entries()) {
    const ticketNumber = formatTicketNumber({ year: batch.year, batchSeq: batch.seq, projectSeq, sequence: i + 1 });
    tickets.push(ticketNumber);
    await db.application.update({ where: { id: a.id }, data: { ticketNumber } });
  }
  return { plan, apps, tickets };
}

export async function xlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("成绩");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The notice and certificate days of an exam, by the same rule the server uses (derived-dates
 * with the holiday calendar): tests say "the day before" and "on the day" instead of copying dates.
 */
export function noticeDates(examDate: IsoDate): {
  start: IsoDate;
  end: IsoDate;
  certificates: IsoDate;
  certificatesFrom: IsoDate;
} {
  const window = { start: examDate, end: examDate };
  const batch = {
    year: Number(examDate.slice(0, 4)),
    seq: 1,
    registration: window,
    review: window,
    payment: window,
    ticket: window,
    examDate,
  };
  const calendar = createWorkingDayCalendar();
  const derived = deriveBatchDates(batch, calendar);
  const end = calendar.periodEnd(derived.resultNoticeStart, RESULT_NOTICE_LENGTH_WORKING_DAYS);
  return {
    start: derived.resultNoticeStart,
    end,
    certificates: derived.certificateReadyFrom,
    /** The e-certificate day when the notice is published on `start`. */
    certificatesFrom: calendar.addWorkingDays(end, 1),
  };
}

/** A score sheet as the exam officer uploads it: 准考证号 and 成绩 (a number or "缺考") per row. */
export function scoreSheet(rows: readonly (readonly [string, number | string])[]): Promise<Uint8Array> {
  return xlsx([["准考证号", "成绩"], ...rows.map(([ticket, score]) => [ticket, score])]);
}

/**
 * A plan of `examDate` whose notice is published: 张三 75 (certificate), 李四 55, 王五 absent;
 * through an institution when given.
 */
export async function publishedPlan(
  examDate: string,
  projectSeq: number,
  options: { institution?: string; publish?: boolean; certificates?: boolean } = {},
) {
  const batch = await createBatch(examDate);
  const { plan, apps, tickets } = await satPlan(batch, projectSeq, ["张三", "李四", "王五"], options.institution);
  const actor = await officer();
  await importScores(
    actor,
    batch.id,
    await scoreSheet([
      [tickets[0]!, 75],
      [tickets[1]!, 55],
      [tickets[2]!, "缺考"],
    ]),
    examDate,
  );
  const { start, certificatesFrom } = noticeDates(examDate);
  if (options.publish !== false) {
    await publishNotice(actor, { planId: plan }, start, new Date(`${start}T02:00:00Z`), { confirm: true });
    // 九 after 八: certificates once the notice has ended (issue 12 item 8).
    if (options.certificates !== false) await issuePlanCertificates(actor, plan, new Date(`${certificatesFrom}T02:00:00Z`));
  }
  return { batch, plan, apps, tickets, actor, start, certificatesFrom };
}
