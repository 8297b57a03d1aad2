import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { formatBeijing } from "@/lib/format";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { ReturnReasonKey } from "@/lib/schemas/staff-review-schema";
import { isUuid } from "@/lib/domain/uuid";
import { personalSelect } from "@/lib/server/applications/personal-data";
import { nextStatus } from "@/lib/server/applications/status";
import { assertMay } from "@/lib/server/applications/window-verdict";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { approvedMessage, reasonsNote, rejectedMessage, returnedMessage, type DecisionContext } from "./review-messages";
import { snapshotOf } from "./review-snapshot";
import { eventNote } from "@/lib/i18n/stored-message";

export type ReviewDecision =
  | { kind: "approve" }
  | { kind: "return"; reasons: Partial<Record<ReturnReasonKey, string>> }
  | { kind: "reject"; reason: string };

export interface DecisionDto {
  id: string;
  status: ApplicationStatus;
  version: number;
}

/**
 * 已由 X 于 时间 处理: someone (a colleague, or the candidate resubmitting) got there first. An
 * AppError whose failure carries who, when and the status now as parameters (ADR 130); the
 * message names the status itself (ICU select), so nothing is translated twice.
 */
export class AlreadyDecidedError extends AppError {
  constructor(
    readonly by: string,
    readonly at: string,
    readonly status: ApplicationStatus,
  ) {
    super("CONFLICT", { key: "staffReview.errors.alreadyDecided", params: { by, at, status } });
  }
}

const EVENT = { approve: "approve", return: "return", reject: "reject" } as const;

/**
 * 四(一)3, 四(二)3: one reviewer's decision on one submitted application, allowed when the rule
 * table says (from submission until the review grace after the window, ADR 064). The version the reviewer saw must still
 * be current (optimistic lock), so of two reviewers deciding at once only the first counts; the
 * decision, its timeline event, the audit row and the applicant's notification commit together.
 */
export async function decideApplication(
  actor: Actor,
  applicationId: string,
  seenVersion: number,
  decision: ReviewDecision,
  today: IsoDate,
  at: Date,
  options: DecideOptions = {},
): Promise<DecisionDto> {
  assertStaffRole(actor, "REVIEWER");
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  return db.$transaction((tx) => decideInTx(tx, actor, applicationId, seenVersion, decision, today, at, options));
}

export interface DecideOptions {
  /**
   * Takes the applicant's message instead of sending it: a bulk decision sends one digest per
   * institution naming its candidates afterwards (issue 13 item 9).
   */
  deliver?: (applicationId: string, message: ReturnType<typeof approvedMessage>) => void;
}

async function decideInTx(
  tx: Tx,
  actor: Actor,
  applicationId: string,
  seenVersion: number,
  decision: ReviewDecision,
  today: IsoDate,
  at: Date,
  options: DecideOptions,
): Promise<DecisionDto> {
  const app = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      version: true,
      candidate: { select: { name: true } },
      plan: { select: { batch: { select: batchSelect }, project: { select: { name: true } } } },
      condition: { select: { code: true } },
      ...personalSelect,
      attachments: { select: { kind: true, fileId: true } },
    },
  });
  if (!app || app.status === "DRAFT") throw new AppError("NOT_FOUND", "errors.application.notFound");
  if (app.status !== "SUBMITTED" || app.version !== seenVersion) throw await alreadyDecided(tx, app.id, app.status);
  const batch = toBatchDef(app.plan.batch);
  // The rule table: from submission until the review grace ends (ADR 064 end states 1 and 3).
  await assertMay("review-decide", { role: "reviewer", status: app.status, batch, day: today }, tx);
  const status = nextStatus(app.status, EVENT[decision.kind]);

  const data =
    decision.kind === "approve"
      ? {}
      : decision.kind === "return"
        ? { returnReasons: decision.reasons, returnedSnapshot: snapshotOf(app, at) as object }
        : { rejectReason: decision.reason };
  const updated = await tx.application.updateMany({
    where: { id: app.id, version: seenVersion, status: "SUBMITTED" },
    data: { ...data, status, decidedAt: at, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw await alreadyDecided(tx, app.id, null);

  const reasons = decision.kind === "return" ? (decision.reasons as Record<string, string>) : {};
  const note =
    decision.kind === "approve"
      ? eventNote("timelineNotes.approved")
      : decision.kind === "return"
        ? eventNote("timelineNotes.returned", { detail: reasonsNote(reasons) })
        : eventNote("timelineNotes.rejected", { detail: decision.reason });
  await tx.applicationEvent.create({
    data: { applicationId: app.id, fromStatus: app.status, toStatus: status, actorId: actor.id, ...note },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `review.${decision.kind}`,
    entity: "Application",
    entityId: app.id,
    before: { status: app.status, version: seenVersion },
    after: {
      status,
      ...(decision.kind === "return" ? { reasons } : {}),
      ...(decision.kind === "reject" ? { reason: decision.reason } : {}),
    },
  });
  const context: DecisionContext = { candidateName: app.candidate.name, projectName: app.plan.project.name, batch };
  const message =
    decision.kind === "approve"
      ? approvedMessage(context)
      : decision.kind === "return"
        ? returnedMessage(context, reasons)
        : rejectedMessage(context, decision.reason);
  if (options.deliver) options.deliver(app.id, message);
  else await notifyApplicant(tx, app.id, message);
  return { id: app.id, status, version: seenVersion + 1 };
}

/** Who changed it last and when, from the timeline, for the second reviewer's message. */
async function alreadyDecided(tx: Tx, applicationId: string, known: ApplicationStatus | null): Promise<AlreadyDecidedError> {
  // One query at a time: a transaction is one connection.
  const status =
    known ?? (await tx.application.findUnique({ where: { id: applicationId }, select: { status: true } }))?.status ?? "SUBMITTED";
  // Who moved it to the state it is in now: the last event INTO that state, not merely the last
  // event (two events can share an instant, e.g. on the demo's pinned clock, and then "last" is
  // whichever the index returns first).
  const last = await tx.applicationEvent.findFirst({
    where: { applicationId, toStatus: status },
    orderBy: { at: "desc" },
    select: { at: true, actorId: true },
  });
  const actor = last?.actorId ? await tx.user.findUnique({ where: { id: last.actorId }, select: { displayName: true } }) : null;
  return new AlreadyDecidedError(actor?.displayName ?? "系统", last ? formatBeijing(last.at) : "—", status);
}
