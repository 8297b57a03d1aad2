import "server-only";
import { resultsAbilities } from "@/lib/domain/abilities";
import { db } from "@/lib/db";
import { deriveBatchDates } from "@/lib/domain/derived-dates";
import { PASS_MARK } from "@/lib/domain/score-import";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";

export interface ResultPlanDto {
  id: string;
  project: { seq: number; name: string };
  sat: number;
  scored: number;
  absent: number;
  passed: number;
  noticePublished: boolean;
  certificates: number;
  collected: number;
}

export interface ResultBatchDto {
  id: string;
  year: number;
  seq: number;
  examDate: IsoDate;
  resultNoticeStart: IsoDate;
  certificateReadyFrom: IsoDate;
  plans: ResultPlanDto[];
  /** 八 on `today` (lib/domain/abilities.ts `resultsAbilities`): a sheet may be imported, notices published. */
  canImport: boolean;
  noticeOpen: boolean;
}

/** 八 九: each batch with held plans, how far results, notice and certificates have got. */
export async function resultsOverview(actor: Actor, year: number, today: IsoDate): Promise<ResultBatchDto[]> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const [batches, calendar] = await Promise.all([
    db.batch.findMany({
      where: { year, plans: { some: { status: "HELD" } } },
      orderBy: { seq: "asc" },
      select: {
        ...batchSelect,
        plans: {
          where: { status: "HELD" },
          orderBy: { project: { seq: "asc" } },
          select: { id: true, noticePublishedAt: true, project: { select: { seq: true, name: true } } },
        },
      },
    }),
    loadWorkingDayCalendar(),
  ]);
  const planIds = batches.flatMap((b) => b.plans.map((p) => p.id));
  const apps = await db.application.findMany({
    where: { planId: { in: planIds }, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
    select: { planId: true, score: true, absent: true, certificateNumber: true, certificateCollectedAt: true },
  });
  return batches.map((b) => {
    const def = toBatchDef(b);
    const derived = deriveBatchDates(def, calendar);
    const abilities = resultsAbilities({
      day: today,
      examDate: def.examDate,
      resultNoticeStart: derived.resultNoticeStart,
      unpublishedPlans: b.plans.filter((p) => p.noticePublishedAt === null).length,
    });
    return {
      ...abilities,
      id: b.id,
      year: b.year,
      seq: b.seq,
      examDate: def.examDate,
      resultNoticeStart: derived.resultNoticeStart,
      certificateReadyFrom: derived.certificateReadyFrom,
      plans: b.plans.map((p) => {
        const mine = apps.filter((a) => a.planId === p.id);
        return {
          id: p.id,
          project: p.project,
          sat: mine.length,
          scored: mine.filter((a) => a.score !== null || a.absent).length,
          absent: mine.filter((a) => a.absent).length,
          passed: mine.filter((a) => !a.absent && (a.score ?? -1) >= PASS_MARK).length,
          noticePublished: p.noticePublishedAt !== null,
          certificates: mine.filter((a) => a.certificateNumber).length,
          collected: mine.filter((a) => a.certificateCollectedAt).length,
        };
      }),
    };
  });
}
