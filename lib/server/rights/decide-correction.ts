import "server-only";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { notifyPerson } from "./notify-person";

export interface CorrectionDto {
  id: string;
  field: "NAME" | "ID_NUMBER" | "MOBILE";
  current: string | null;
  requested: string;
  reason: string;
  evidenceFileId: string | null;
  createdAt: string;
}

/** The reviewer's queue of corrections, oldest first, with the evidence to compare (issue 11). */
export async function listPendingCorrections(actor: Actor): Promise<CorrectionDto[]> {
  assertStaffRole(actor, "REVIEWER");
  const rows = await db.correctionRequest.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      field: true,
      requestedValue: true,
      reason: true,
      evidenceFileId: true,
      createdAt: true,
      candidateId: true,
    },
  });
  const people = await db.candidate.findMany({
    where: { id: { in: rows.map((r) => r.candidateId) } },
    select: { id: true, name: true, idNumber: true, mobile: true },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = byId.get(r.candidateId);
    const current = !p ? null : r.field === "NAME" ? p.name : r.field === "ID_NUMBER" ? p.idNumber : p.mobile;
    return {
      id: r.id,
      field: r.field,
      current,
      requested: r.requestedValue,
      reason: r.reason,
      evidenceFileId: r.evidenceFileId,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/**
 * The reviewer approves (the record changes: Candidate, and the account's login or display name
 * with it) or rejects with a reason, after comparing the evidence (issue 11, PIPL art. 46). Both
 * are audited with masked values and answered in the person's inbox. A session of the person is
 * ended on an ID number change (the login changed).
 */
export async function decideCorrection(actor: Actor, id: string, decision: { approve: boolean; answer: string }): Promise<void> {
  assertStaffRole(actor, "REVIEWER");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "privacy.errors.correctionNotFound");
  const answer = decision.answer.trim().slice(0, 300);
  if (!decision.approve && answer.length < 2)
    throw new AppError("INVALID", "privacy.errors.correctionAnswer", { answer: ["privacy.errors.correctionAnswer"] });
  try {
    await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<
        { candidateId: string; userId: string; field: "NAME" | "ID_NUMBER" | "MOBILE"; requestedValue: string; status: string }[]
      >`SELECT "candidateId", "userId", field, "requestedValue", status FROM "CorrectionRequest" WHERE id = ${id}::uuid FOR UPDATE`;
      if (!row) throw new AppError("NOT_FOUND", "privacy.errors.correctionNotFound");
      if (row.status !== "PENDING") throw new AppError("CONFLICT", "privacy.errors.correctionDecided");
      const at = now();
      if (decision.approve) {
        const value = row.requestedValue;
        if (row.field === "NAME") {
          await tx.candidate.update({ where: { id: row.candidateId }, data: { name: value }, select: { id: true } });
          await tx.user.update({ where: { id: row.userId }, data: { displayName: value }, select: { id: true } });
        } else if (row.field === "ID_NUMBER") {
          await tx.candidate.update({ where: { id: row.candidateId }, data: { idNumber: value }, select: { id: true } });
          await tx.user.update({
            where: { id: row.userId },
            data: { login: value, sessionVersion: { increment: 1 } },
            select: { id: true },
          });
        } else {
          await tx.candidate.update({ where: { id: row.candidateId }, data: { mobile: value }, select: { id: true } });
          await tx.user.update({ where: { id: row.userId }, data: { mobile: value }, select: { id: true } });
        }
      }
      await tx.correctionRequest.update({
        where: { id },
        data: {
          status: decision.approve ? "APPROVED" : "REJECTED",
          answer: answer || null,
          decidedById: actor.id,
          decidedAt: at,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: decision.approve ? "rights.correction.approve" : "rights.correction.reject",
        entity: "CorrectionRequest",
        entityId: id,
        after: {
          field: row.field,
          candidateId: row.candidateId,
          ...(row.field === "ID_NUMBER" ? { to: maskIdNumber(row.requestedValue) } : {}),
        },
      });
      await notifyPerson(
        tx,
        row.userId,
        inboxMessage(decision.approve ? "correctionApproved" : "correctionRejected", { field: row.field, detail: answer }),
      );
    });
  } catch (error) {
    // Another record already holds that ID number: two people cannot share one.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "privacy.errors.correctionIdTaken");
    throw error;
  }
}
