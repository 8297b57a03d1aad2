import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { decideApplication } from "./decide-application";
import { createEligibilityEvaluator, isClean } from "./review-eligibility";

export interface BulkApproveDto {
  approved: number;
  /** Rows left alone, with the message key saying why (not clean, decided meanwhile, …). */
  skipped: { id: string; reason: string }[];
}

/**
 * Approves the ticked rows that the portal found eligible with nothing left to judge. Each row
 * is its own decision (own transaction, version check, event, audit, notification), so one row
 * a colleague decided meanwhile does not stop the others. The server checks cleanliness again:
 * the browser's list is only a request.
 */
export async function bulkApprove(
  actor: Actor,
  items: { id: string; version: number }[],
  today: IsoDate,
  at: Date,
  options: { confirm: boolean },
): Promise<BulkApproveDto> {
  assertStaffRole(actor, "REVIEWER");
  // Issue 16 item 10: approvals cannot be taken back; the reviewer has seen the count and confirmed.
  if (options?.confirm !== true) throw new AppError("INVALID", "staffWork.errors.confirmFirst");
  const rows = await db.application.findMany({
    where: { id: { in: items.map((i) => i.id) } },
    select: {
      id: true,
      submittedAt: true,
      education: true,
      graduatingThisYear: true,
      major: true,
      occupation: true,
      candidate: { select: { idNumber: true } },
      condition: { select: { code: true } },
      plan: { select: { project: { select: { seq: true } } } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const evaluate = createEligibilityEvaluator(today);
  const result: BulkApproveDto = { approved: 0, skipped: [] };
  for (const item of items) {
    const row = byId.get(item.id);
    if (!row) {
      result.skipped.push({ id: item.id, reason: "errors.application.notFound" });
      continue;
    }
    const verdict = await evaluate({
      ...row,
      projectSeq: row.plan.project.seq,
      conditionCode: row.condition?.code ?? null,
      idNumber: row.candidate.idNumber,
    });
    if (!isClean(verdict)) {
      result.skipped.push({ id: item.id, reason: "staffReview.errors.notClean" });
      continue;
    }
    try {
      await decideApplication(actor, item.id, item.version, { kind: "approve" }, today, at);
      result.approved++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.skipped.push({ id: item.id, reason: error.message });
    }
  }
  return result;
}
