import "server-only";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { needsEvidence, parseCorrection, type CorrectionFieldName } from "@/lib/domain/correction";
import type { IsoDate } from "@/lib/domain/types";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { prepareUpload } from "@/lib/server/uploads/accept-upload";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { notifyPerson } from "./notify-person";

export interface CorrectionInput {
  field: CorrectionFieldName;
  value: string;
  reason: string;
  evidence: { bytes: Uint8Array; name: string } | null;
}

/**
 * Issue 11, PIPL art. 46: a candidate asks to correct their name, ID number or mobile. Name and
 * ID number need an ID card scan (checked like any upload); one open request per field. The
 * request is audited (never the value itself) and acknowledged in the person's inbox; a
 * reviewer decides it (decide-correction.ts).
 */
export async function requestCorrection(actor: Actor, input: CorrectionInput, today: IsoDate): Promise<{ id: string }> {
  if (actor.kind !== "CANDIDATE" || !actor.candidateId) throw new AppError("FORBIDDEN", "errors.forbidden");
  const candidateId = actor.candidateId;
  const parsed = parseCorrection(input.field, input.value, today);
  if (!parsed.ok) throw new AppError("INVALID", parsed.error, { value: [parsed.error] });
  const reason = input.reason.trim().slice(0, 300);
  if (reason.length < 2)
    throw new AppError("INVALID", "privacy.errors.correctionReason", { reason: ["privacy.errors.correctionReason"] });
  if (needsEvidence(input.field) && !input.evidence)
    throw new AppError("INVALID", "privacy.errors.correctionEvidence", { evidence: ["privacy.errors.correctionEvidence"] });
  const prepared = input.evidence
    ? await prepareUpload(input.evidence.bytes, input.evidence.name, "receipt", { autoFit: true })
    : null;
  if (prepared && !prepared.ok)
    throw new AppError("INVALID", "privacy.errors.correctionEvidenceFile", { evidence: [prepared.failure] });
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ${candidateId}::uuid FOR UPDATE`;
    const open = await tx.correctionRequest.count({ where: { candidateId, field: input.field, status: "PENDING" } });
    if (open > 0) throw new AppError("CONFLICT", "privacy.errors.correctionPending");
    const file = prepared
      ? await fileStore.put({ bytes: prepared.bytes, mime: prepared.mime, originalName: prepared.name }, tx)
      : null;
    const request = await tx.correctionRequest.create({
      data: {
        candidateId,
        userId: actor.id,
        field: input.field,
        requestedValue: parsed.value,
        reason,
        evidenceFileId: file?.id ?? null,
        createdAt: now(),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rights.correction.request",
      entity: "CorrectionRequest",
      entityId: request.id,
      after: { field: input.field, candidateId, evidence: file !== null },
    });
    await notifyPerson(tx, actor.id, inboxMessage("correctionReceived", { field: input.field }));
    return request;
  });
}
