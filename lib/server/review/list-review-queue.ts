import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import type { WorkingDayCalendar } from "@/lib/domain/working-days";
import type { ApplicationStatus, Channel } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewQueueQuery } from "@/lib/schemas/staff-review-schema";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { createEligibilityEvaluator, isClean } from "./review-eligibility";
import { reviewBatchesOn } from "./review-batches";

export const REVIEW_PAGE_SIZE = 50;

export interface ReviewQueueRow {
  id: string;
  version: number;
  status: ApplicationStatus;
  channel: Channel;
  candidateName: string;
  maskedIdNumber: string;
  institutionName: string | null;
  batch: { year: number; seq: number; reviewEnd: IsoDate };
  project: { seq: number; name: string };
  submittedAt: string | null;
  reviewDueDate: IsoDate | null;
  /** Working days from today to the due date; 0 is due today, negative is overdue. */
  workingDaysLeft: number | null;
  eligibility: "eligible" | "needs-evidence" | "ineligible" | null;
  /** Came back after a return: the reviewer sees what changed. */
  resubmitted: boolean;
  clean: boolean;
}

export interface ReviewQueueDto {
  rows: ReviewQueueRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** The queue's filters; also where the review screen looks for the next and previous item. */
export function reviewQueueWhere(query: ReviewQueueQuery): Prisma.ApplicationWhereInput {
  return {
    status: query.status,
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.institution ? { institutionId: query.institution } : {}),
    ...(query.dueBy ? { reviewDueDate: { lte: fromIsoDate(query.dueBy) } } : {}),
    plan: { ...(query.batch ? { batchId: query.batch } : {}), ...(query.project ? { project: { seq: query.project } } : {}) },
  };
}

/** Due date first (NULLS LAST, as PostgreSQL sorts ASC anyway), then submission; the id breaks ties. */
export const REVIEW_QUEUE_ORDER = [
  { reviewDueDate: { sort: "asc", nulls: "last" } },
  { submittedAt: "asc" },
  { id: "asc" },
] satisfies Prisma.ApplicationOrderByWithRelationInput[];

/**
 * 四(一)3 "10个工作日内反馈": the queue sorted by the due date each submission got, so the
 * overdue and the nearly due come first, with the filters of the issue as GET parameters.
 */
export async function listReviewQueue(actor: Actor, query: ReviewQueueQuery, today: IsoDate): Promise<ReviewQueueDto> {
  assertStaffRole(actor, "REVIEWER");
  // Waiting applications only where a decision still counts (the rule table, ADR 064): the
  // dashboard's "去处理" leads here, and must not lead to ones nobody can decide any more.
  const decidable = query.status === "SUBMITTED" ? (await reviewBatchesOn(today)).decidable : null;
  const where: Prisma.ApplicationWhereInput = {
    ...reviewQueueWhere(query),
    ...(decidable ? { AND: [{ plan: { batchId: { in: decidable } } }] } : {}),
  };
  const [total, rows, calendar] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: REVIEW_QUEUE_ORDER,
      skip: (query.page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        id: true,
        version: true,
        status: true,
        channel: true,
        submittedAt: true,
        reviewDueDate: true,
        returnedSnapshot: true,
        education: true,
        graduatingThisYear: true,
        major: true,
        occupation: true,
        candidate: { select: { name: true, idNumber: true } },
        institution: { select: { name: true } },
        condition: { select: { code: true } },
        plan: {
          select: {
            batch: { select: { year: true, seq: true, reviewEnd: true } },
            project: { select: { seq: true, name: true } },
          },
        },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  const evaluate = createEligibilityEvaluator(today);
  const dtos = await Promise.all(
    rows.map(async (row): Promise<ReviewQueueRow> => {
      const verdict = await evaluate({
        ...row,
        projectSeq: row.plan.project.seq,
        conditionCode: row.condition?.code ?? null,
        idNumber: row.candidate.idNumber,
      });
      const due = row.reviewDueDate ? toIsoDate(row.reviewDueDate) : null;
      return {
        id: row.id,
        version: row.version,
        status: row.status,
        channel: row.channel,
        candidateName: row.candidate.name,
        maskedIdNumber: maskIdNumber(row.candidate.idNumber),
        institutionName: row.institution?.name ?? null,
        batch: { year: row.plan.batch.year, seq: row.plan.batch.seq, reviewEnd: toIsoDate(row.plan.batch.reviewEnd) },
        project: row.plan.project,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        reviewDueDate: due,
        workingDaysLeft: due ? workingDaysBetween(today, due, calendar) : null,
        eligibility: verdict?.result ?? null,
        resubmitted: row.returnedSnapshot !== null,
        clean: row.status === "SUBMITTED" && isClean(verdict),
      };
    }),
  );
  return { rows: dtos, total, page: query.page, pageSize: REVIEW_PAGE_SIZE };
}

/** Signed count of working days after `from` up to `to` (negative when `to` is past). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: Pick<WorkingDayCalendar, "isWorkingDay">): number {
  const sign = to >= from ? 1 : -1;
  let count = 0;
  let day = from;
  // A review is due within 10 working days; a year bounds a forgotten one.
  for (let i = 0; i < 366 && day !== to; i++) {
    day = addDays(day, sign);
    const counted = sign > 0 ? day : addDays(day, 1);
    if (calendar.isWorkingDay(counted)) count++;
  }
  return sign * count;
}
