import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { isPass, parseScoreSheet, type ScoreProblem, type ScoreRow } from "@/lib/domain/score-import";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockPlans } from "@/lib/server/exam/issue-tickets";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { readScoreFile } from "./read-score-file";

export type ImportOutcome =
  { ok: true; imported: number; passed: number; absent: number; stillMissing: number } | { ok: false; problems: ScoreProblem[] };

/** The rows checked against the database: each ticket exists, is this batch's, confirmed, not yet published. */
async function checkAgainstDatabase(tx: Tx, batchId: string, rows: ScoreRow[]) {
  const apps = await tx.application.findMany({
    where: { ticketNumber: { in: rows.map((r) => r.ticketNumber) } },
    select: {
      id: true,
      ticketNumber: true,
      status: true,
      planId: true,
      candidate: { select: { name: true } },
      plan: { select: { batchId: true, status: true, noticePublishedAt: true } },
    },
  });
  const byTicket = new Map(apps.map((a) => [a.ticketNumber!, a]));
  const problems: ScoreProblem[] = [];
  const matched: { row: ScoreRow; applicationId: string; planId: string }[] = [];
  for (const row of rows) {
    const app = byTicket.get(row.ticketNumber);
    const problem = (issue: ScoreProblem["issue"], value: string = row.ticketNumber) =>
      problems.push({ line: row.line, issue, value });
    if (!app) problem("ticket-unknown");
    else if (app.plan.batchId !== batchId) problem("ticket-not-in-batch");
    else if (app.status !== "PAYMENT_CONFIRMED" || app.plan.status !== "HELD") problem("not-confirmed");
    else if (app.plan.noticePublishedAt) problem("notice-published");
    else if (row.name !== null && row.name !== app.candidate.name) problem("name-mismatch", row.name);
    else matched.push({ row, applicationId: app.id, planId: app.planId });
  }
  return { problems, matched };
}

/**
 * 八: scores of one batch's exam day from an .xlsx or .csv. All or nothing: every row is checked
 * first (the sheet, then against the database, under the plans' locks), and a single problem
 * anywhere means no score is written; the problems come back as a list staff can work through.
 */
export async function importScores(actor: Actor, batchId: string, bytes: Uint8Array, today: IsoDate): Promise<ImportOutcome> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(batchId)) throw new AppError("NOT_FOUND", "staffExam.errors.batchNotFound");
  const batch = await db.batch.findUnique({
    where: { id: batchId },
    select: { examDate: true, plans: { where: { status: "HELD" }, select: { id: true } } },
  });
  if (!batch) throw new AppError("NOT_FOUND", "staffExam.errors.batchNotFound");
  const examDate = toIsoDate(batch.examDate);
  if (today < examDate)
    throw new AppError("WINDOW_CLOSED", { key: "staffExam.errors.scoresBeforeExam", params: { date: examDate } });
  const file = await readScoreFile(bytes);
  if (!file.ok)
    throw new AppError("INVALID", `staffExam.import.file.${file.error}`, { file: [`staffExam.import.file.${file.error}`] });
  const sheet = parseScoreSheet(file.table);
  if (!sheet.ok) return { ok: false, problems: sheet.problems };

  return db.$transaction(async (tx) => {
    await lockPlans(
      tx,
      batch.plans.map((p) => p.id),
    );
    const { problems, matched } = await checkAgainstDatabase(tx, batchId, sheet.rows);
    if (problems.length > 0) return { ok: false, problems };
    for (const { row, applicationId } of matched) {
      await tx.application.update({
        where: { id: applicationId },
        data: { score: row.score, absent: row.absent },
        select: { id: true },
      });
    }
    const planIds = [...new Set(matched.map((m) => m.planId))];
    const stillMissing = await tx.application.count({
      where: { planId: { in: planIds }, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null }, score: null, absent: false },
    });
    const outcome = {
      ok: true as const,
      imported: matched.length,
      passed: matched.filter((m) => isPass(m.row)).length,
      absent: matched.filter((m) => m.row.absent).length,
      stillMissing,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "results.import",
      entity: "Batch",
      entityId: batchId,
      after: { sha256: createHash("sha256").update(bytes).digest("hex"), plans: planIds, ...outcome },
    });
    return outcome;
  });
}
