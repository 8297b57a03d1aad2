import "server-only";
import { db } from "@/lib/db";
import { deriveBatchDates } from "@/lib/domain/derived-dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { loadBatch, loadInstitutionScope, scopedApplications } from "../scope";
import { sortByName } from "@/lib/db-crypto/order";

/** 八: 60 points or more pass. */
export const PASS_SCORE = 60;

export interface ResultPlanDto {
  planId: string;
  projectName: string;
  passed: { name: string; maskedIdNumber: string; score: number; certificateNumber: string | null }[];
  /** 八 after the notice (issue 13 item 9): who did not come (缺考) and who scored below 60. */
  absent: { name: string; maskedIdNumber: string }[];
  failed: { name: string; maskedIdNumber: string; score: number }[];
  /** Passed candidates with a certificate number: what the 证书登记表 lists. */
  certificates: number;
}

export interface ResultsDto {
  certificateReadyFrom: IsoDate;
  plans: ResultPlanDto[];
}

/**
 * 八 九: once the plan's results notice is published, the institution's passed candidates and
 * the 证书登记表 to collect their certificates (from 60 working days after the exam).
 * Before publication nothing is shown: scores are not public until the notice is.
 */
export async function listResults(actor: Actor, batchId: string): Promise<ResultsDto> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const rows = await db.application.findMany({
    where: {
      ...scopedApplications(scope),
      plan: { batchId: batch.id, projectId: { in: [...scope.projectIds] }, noticePublishedAt: { not: null } },
      status: "PAYMENT_CONFIRMED",
      OR: [{ absent: true }, { score: { not: null } }],
    },
    orderBy: [{ plan: { project: { seq: "asc" } } }, { candidate: { name: "asc" } }],
    select: {
      planId: true,
      score: true,
      absent: true,
      certificateNumber: true,
      candidate: { select: { name: true, idNumber: true } },
      plan: { select: { project: { select: { name: true } } } },
    },
  });
  const plans = new Map<string, ResultPlanDto>();
  // Names are encrypted at rest: ordered here, within each project (ADR 057).
  for (const row of sortByName(
    rows,
    (r) => r.candidate.name,
    (r) => r.planId,
  )) {
    const plan = plans.get(row.planId) ?? {
      planId: row.planId,
      projectName: row.plan.project.name,
      passed: [],
      absent: [],
      failed: [],
      certificates: 0,
    };
    plans.set(row.planId, plan);
    const person = { name: row.candidate.name, maskedIdNumber: maskIdNumber(row.candidate.idNumber) };
    if (row.absent) {
      plan.absent.push(person);
      continue;
    }
    if ((row.score ?? 0) < PASS_SCORE) {
      plan.failed.push({ ...person, score: row.score ?? 0 });
      continue;
    }
    plan.passed.push({
      name: row.candidate.name,
      maskedIdNumber: maskIdNumber(row.candidate.idNumber),
      score: row.score ?? 0,
      certificateNumber: row.certificateNumber,
    });
    if (row.certificateNumber) plan.certificates += 1;
  }
  return {
    certificateReadyFrom: deriveBatchDates(batch, await loadWorkingDayCalendar()).certificateReadyFrom,
    plans: [...plans.values()],
  };
}
