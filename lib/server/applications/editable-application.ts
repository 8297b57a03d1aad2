import "server-only";
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/lib/db";
import { mayDo } from "@/lib/domain/window-rules";
import type { RuleDates } from "@/lib/domain/window-rules-dates";
import type { BatchDef, ConditionRule, IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { isUuid } from "@/lib/domain/uuid";
import { ownershipFilter } from "./owned-application";
import { personalSelect } from "./personal-data";
import { applicantRole, assertAllowed, loadRuleDates } from "./window-verdict";

/**
 * Loads an application its applicant may change now, as the rule table says (a draft while
 * registration is open, a return until review ends: 四(二)3, ADR 064). Locks the row so a
 * concurrent submit or review decision waits for this transaction.
 */
export async function loadEditableApplication(tx: Tx, actor: Actor, applicationId: string, today: IsoDate) {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
  const application = await tx.application.findFirst({
    where: { id: applicationId, ...filter },
    select: {
      id: true,
      status: true,
      version: true,
      draftStep: true,
      candidate: { select: { idNumber: true, name: true } },
      condition: { select: { id: true, code: true, rule: true } },
      plan: { select: { id: true, status: true, batch: { select: batchSelect }, project: { select: { id: true, seq: true } } } },
      ...personalSelect,
      pledgeAcceptedAt: true,
      attachments: { select: { kind: true, fileId: true } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const batch = toBatchDef(application.plan.batch);
  const dates = await loadRuleDates(batch, tx);
  assertEditableNow(application.status, batch, today, applicantRole(actor), dates);
  return { ...application, batch, rule: (application.condition?.rule ?? null) as ConditionRule | null };
}

/**
 * `loadEditableApplication` for the upload path (attach, detach): the same lock, ownership and
 * window check, reading only the status, the batch and the attachments. Nothing personal is read,
 * so nothing is decrypted: on a registration morning every candidate uploads seven files.
 */
export async function loadEditableAttachments(tx: Tx, actor: Actor, applicationId: string, today: IsoDate) {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
  const application = await tx.application.findFirst({
    where: { id: applicationId, ...filter },
    select: {
      id: true,
      status: true,
      plan: { select: { batch: { select: batchSelect } } },
      attachments: { select: { kind: true, fileId: true } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const batch = toBatchDef(application.plan.batch);
  const dates = await loadRuleDates(batch, tx);
  assertEditableNow(application.status, batch, today, applicantRole(actor), dates);
  return { id: application.id, status: application.status, attachments: application.attachments };
}

/** The table's "submit" verdict (lib/domain/window-rules.ts): the same days as editing. */
export function assertEditableNow(
  status: ApplicationStatus,
  batch: BatchDef,
  today: IsoDate,
  role: "candidate" | "institution",
  dates: RuleDates,
): void {
  assertAllowed(mayDo("submit", { role, status: status, batch, day: today, dates }));
}

export type EditableApplication = Awaited<ReturnType<typeof loadEditableApplication>>;
