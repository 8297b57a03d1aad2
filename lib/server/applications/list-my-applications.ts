import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { deriveBatchDates } from "@/lib/domain/derived-dates";
import { nextDeadline, type NextDeadline } from "@/lib/domain/next-deadline";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { ownershipFilter } from "./owned-application";

export interface ApplicationSummaryDto {
  id: string;
  status: ApplicationStatus;
  batch: { year: number; seq: number; examDate: IsoDate };
  project: { seq: number; name: string };
  nextDeadline: NextDeadline | null;
}

/** 四(二)3 "个人中心—报名历史": the applicant's applications, newest batch first. */
export async function listMyApplications(actor: Actor, today: IsoDate): Promise<ApplicationSummaryDto[]> {
  const filter = ownershipFilter(actor);
  if (!filter) return [];
  const [rows, calendar] = await Promise.all([
    db.application.findMany({
      where: filter,
      orderBy: [{ plan: { batch: { examDate: "desc" } } }, { createdAt: "desc" }],
      select: {
        id: true,
        status: true,
        reviewDueDate: true,
        plan: { select: { batch: { select: batchSelect }, project: { select: { seq: true, name: true } } } },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  return rows.map((row) => {
    const batch = toBatchDef(row.plan.batch);
    const derived = deriveBatchDates(batch, calendar);
    return {
      id: row.id,
      status: row.status,
      batch: { year: batch.year, seq: batch.seq, examDate: batch.examDate },
      project: row.plan.project,
      nextDeadline: nextDeadline(row.status, batch, today, {
        reviewDueDate: row.reviewDueDate ? toIsoDate(row.reviewDueDate) : null,
        resultNoticeStart: derived.resultNoticeStart,
      }),
    };
  });
}
