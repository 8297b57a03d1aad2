import "server-only";
import type { Failure } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { chineseText } from "@/lib/i18n/stored-message";
import { notifyEvent } from "@/lib/server/notifications/notify";
import type { approvedMessage } from "./review-messages";
import { decideApplication } from "./decide-application";
import { createEligibilityEvaluator, isClean } from "./review-eligibility";

type Message = ReturnType<typeof approvedMessage>;

export interface BulkApproveDto {
  approved: number;
  /** Rows left alone, with the failure saying why (not clean, decided meanwhile, …). */
  skipped: { id: string; reason: Failure }[];
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
  const messages = new Map<string, Message>();
  const deliver = (id: string, message: Message) => void messages.set(id, message);
  for (const item of items) {
    const row = byId.get(item.id);
    if (!row) {
      result.skipped.push({ id: item.id, reason: { key: "errors.application.notFound" } });
      continue;
    }
    const verdict = await evaluate({
      ...row,
      projectSeq: row.plan.project.seq,
      conditionCode: row.condition?.code ?? null,
      idNumber: row.candidate.idNumber,
    });
    if (!isClean(verdict)) {
      result.skipped.push({ id: item.id, reason: { key: "staffReview.errors.notClean" } });
      continue;
    }
    try {
      await decideApplication(actor, item.id, item.version, { kind: "approve" }, today, at, { deliver });
      result.approved++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.skipped.push({ id: item.id, reason: error.failure });
    }
  }
  await notifyApproved(messages);
  return result;
}

/**
 * The approvals' messages: each candidate who applied in person gets theirs, each institution one
 * naming its approved candidates and their projects (issue 13 item 9), once the decisions are in.
 */
async function notifyApproved(messages: Map<string, Message>): Promise<void> {
  const ids = [...messages.keys()];
  const first = messages.get(ids[0] ?? "");
  if (!first) return;
  const projects = new Map(
    (
      await db.application.findMany({
        where: { id: { in: ids } },
        select: { id: true, plan: { select: { project: { select: { name: true } } } } },
      })
    ).map((a) => [a.id, a.plan.project.name]),
  );
  await db.$transaction((tx) =>
    notifyEvent(tx, ids, {
      title: first.title,
      eventKey: `review-approve:${crypto.randomUUID()}`,
      bodyFor: (id) => messages.get(id)?.body ?? first.body,
      lineFor: (id) => ({ key: "inbox.digest.project", params: { project: projects.get(id) ?? "" } }),
      institutionBody: (list, count) => chineseText("inboxMessages.approvedInstitution.body", { count, list }),
      keys: {
        candidate: first.key,
        paramsFor: (id) => messages.get(id)?.params ?? first.params,
        institution: "approvedInstitution",
        institutionParams: (list, count) => ({ count, list }),
      },
    }),
  );
}
