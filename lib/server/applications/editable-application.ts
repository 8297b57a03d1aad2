import "server-only";
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/lib/db";
import { isWindowOpen } from "@/lib/domain/calendar";
import type { BatchDef, ConditionRule, IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { isUuid } from "@/lib/domain/uuid";
import { ownershipFilter } from "./owned-application";
import { personalSelect } from "./personal-data";

/**
 * Loads an application its applicant may change now: a draft while registration is open, or
 * one returned for changes while the review window is open (四(二)3). Locks the row so a
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
  assertEditableNow(application.status, batch, today);
  return { ...application, batch, rule: (application.condition?.rule ?? null) as ConditionRule | null };
}

/** 四(二)3: a draft while registration is open, a returned application while review is open; nothing else. */
export function assertEditableNow(status: ApplicationStatus, batch: BatchDef, today: IsoDate): void {
  if (status === "DRAFT") {
    if (!isWindowOpen(batch, "registration", today)) throw new AppError("WINDOW_CLOSED", "errors.window.registration");
  } else if (status === "RETURNED") {
    if (!isWindowOpen(batch, "review", today)) throw new AppError("WINDOW_CLOSED", "errors.window.review");
  } else {
    throw new AppError("CONFLICT", "errors.application.locked");
  }
}

export type EditableApplication = Awaited<ReturnType<typeof loadEditableApplication>>;
