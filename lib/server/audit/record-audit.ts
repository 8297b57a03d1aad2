import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskIdNumbersIn } from "@/lib/domain/id-number";
import { describeAuditSubject, type AuditSubject } from "./audit-subject";

export interface AuditEntry {
  actorId: string | null;
  /** e.g. `review.approve`, `payment.confirm`, `notice.publish`, `auth.login`. */
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /**
   * Who and what the row is about, in words (ADR 085). Left out, it is read from `entity` and
   * `entityId` (plans, applications, payments, statement lines, candidates, batches); give it when
   * the row's subject is gone by the time of writing (a deleted draft) or is not one of those.
   */
  subject?: AuditSubject | null;
}

/** Never a full ID number in the audit table (issue 5): any that slips into a value is masked. */
function scrub(value: Record<string, unknown> | null | undefined): object | undefined {
  if (!value) return undefined;
  return JSON.parse(maskIdNumbersIn(JSON.stringify(value))) as object;
}

/**
 * Appends one row, inside the caller's transaction so the decision and its record commit
 * together; a read's row (issue 11) may go straight to `db`: one insert, no transaction.
 */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry): Promise<void> {
  const subject = entry.subject !== undefined ? entry.subject : await describeAuditSubject(tx, entry.entity, entry.entityId);
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: scrub(entry.before),
      after: scrub(entry.after),
      subject: subject ? (subject as Prisma.InputJsonObject) : undefined,
    },
    select: { id: true },
  });
}
