import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { shanghaiDate } from "@/lib/domain/calendar";
import { RESULT_NOTICE_LENGTH_WORKING_DAYS } from "@/lib/domain/derived-dates";
import { maskIdNumber, maskName } from "@/lib/domain/id-number";
import { isPass } from "@/lib/domain/score-import";
import type { IsoDate } from "@/lib/domain/types";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";

export interface NoticeEntryDto {
  ticketNumber: string;
  maskedName: string;
  maskedIdNumber: string;
  score: number | null;
  result: "pass" | "fail" | "absent";
  /** Changed after publication on an objection (ADR 047): the notice says so beside the result. */
  corrected: boolean;
}

export interface NoticePlanDto {
  planId: string;
  project: { seq: number; name: string };
  batch: { year: number; seq: number; examDate: IsoDate };
  publishedOn: IsoDate;
  noticeEnd: IsoDate;
  entries: NoticeEntryDto[];
}

/**
 * 成绩公示 (八) for the public page: plans whose 5-working-day notice period includes `today`.
 * Names and ID numbers are masked here, on the server, so the full values never reach the
 * page's HTML or its React payload (tests/integration/public scan for them).
 */
export async function listPublicNotices(today: IsoDate): Promise<NoticePlanDto[]> {
  const [plans, calendar] = await Promise.all([
    db.plan.findMany({
      where: { noticePublishedAt: { not: null }, status: "HELD" },
      orderBy: [{ batch: { examDate: "desc" } }, { project: { seq: "asc" } }],
      select: {
        id: true,
        noticePublishedAt: true,
        project: { select: { seq: true, name: true } },
        batch: { select: { year: true, seq: true, examDate: true } },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  const open = plans
    .map((p) => {
      const publishedOn = shanghaiDate(p.noticePublishedAt!);
      return { ...p, publishedOn, noticeEnd: calendar.periodEnd(publishedOn, RESULT_NOTICE_LENGTH_WORKING_DAYS) };
    })
    .filter((p) => p.publishedOn <= today && today <= p.noticeEnd);
  if (open.length === 0) return [];
  const rows = await db.application.findMany({
    // 八: only those who sat the exam (a score) are on the notice; 缺考 and the never admitted are not.
    where: {
      planId: { in: open.map((p) => p.id) },
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
      absent: false,
      score: { not: null },
    },
    orderBy: { ticketNumber: "asc" },
    select: {
      planId: true,
      ticketNumber: true,
      score: true,
      absent: true,
      candidate: { select: { name: true, idNumber: true } },
      _count: { select: { scoreCorrections: true } },
    },
  });
  return open.map((p) => ({
    planId: p.id,
    project: p.project,
    batch: { year: p.batch.year, seq: p.batch.seq, examDate: toIsoDate(p.batch.examDate) },
    publishedOn: p.publishedOn,
    noticeEnd: p.noticeEnd,
    entries: rows
      .filter((r) => r.planId === p.id)
      .map((r) => ({
        ticketNumber: r.ticketNumber!,
        maskedName: maskName(r.candidate.name),
        maskedIdNumber: maskIdNumber(r.candidate.idNumber),
        score: r.absent ? null : r.score,
        result: r.absent ? "absent" : isPass(r) ? "pass" : "fail",
        corrected: r._count.scoreCorrections > 0,
      })),
  }));
}
