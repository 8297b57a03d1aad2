import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { FILE_ROLES } from "@/lib/domain/staff-roles";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore, type FileContent } from "@/lib/server/storage/file-store";

/**
 * Issue 11: a staff member opens a candidate's scan, photo or receipt. Only the role that needs
 * it (FILE_ROLES: the reviewer the scans, the finance clerk the receipts), only with a second
 * factor, and every opening writes one audit row (who, which file kind, whose, when) in the
 * transaction that reads the bytes: no row, no file.
 */
export async function readStaffFile(actor: Actor | null, fileId: string): Promise<FileContent> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (actor.kind !== "STAFF") throw new AppError("FORBIDDEN", "errors.forbidden");
  if (!isUuid(fileId)) throw new AppError("NOT_FOUND", "privacy.errors.fileNotFound");
  const factor = await db.staffSecondFactor.findUnique({ where: { userId: actor.id }, select: { enabledAt: true } });
  if (!factor?.enabledAt) throw new AppError("FORBIDDEN", "errors.forbidden");
  return db.$transaction(async (tx) => {
    const [attachment, receipt, correction, institutionDocument, institutionApplication] = await Promise.all([
      tx.attachment.findFirst({
        where: { fileId },
        select: { kind: true, applicationId: true, application: { select: { candidateId: true } } },
      }),
      tx.payment.findFirst({ where: { receiptFileId: fileId }, select: { id: true } }),
      tx.correctionRequest.findFirst({ where: { evidenceFileId: fileId }, select: { id: true, candidateId: true } }),
      // Issue 13 item 6: an institution's scan of its stamped roster or commitment letter.
      tx.institutionDocument.findFirst({ where: { fileId }, select: { id: true, kind: true, institutionId: true } }),
      // Issue 13 item 8: an applying organisation's qualification documents, for the administrator.
      tx.institutionApplication.findFirst({ where: { documentFileIds: { has: fileId } }, select: { id: true } }),
    ]);
    const owner = attachment
      ? {
          roles: FILE_ROLES.attachment,
          entity: "Application",
          entityId: attachment.applicationId,
          after: { file: attachment.kind, candidateId: attachment.application.candidateId },
        }
      : receipt
        ? { roles: FILE_ROLES.receipt, entity: "Payment", entityId: receipt.id, after: { file: "RECEIPT" } }
        : correction
          ? {
              roles: FILE_ROLES.attachment,
              entity: "CorrectionRequest",
              entityId: correction.id,
              after: { file: "CORRECTION_EVIDENCE", candidateId: correction.candidateId },
            }
          : institutionDocument
            ? {
                roles: FILE_ROLES.institutionDocument,
                entity: "InstitutionDocument",
                entityId: institutionDocument.id,
                after: { file: institutionDocument.kind, institutionId: institutionDocument.institutionId },
              }
            : institutionApplication
              ? {
                  roles: FILE_ROLES.institutionApplication,
                  entity: "InstitutionApplication",
                  entityId: institutionApplication.id,
                  after: { file: "QUALIFICATION" },
                }
              : null;
    if (!owner) throw new AppError("NOT_FOUND", "privacy.errors.fileNotFound");
    if (!actor.roles.some((r) => (owner.roles as readonly string[]).includes(r)))
      throw new AppError("FORBIDDEN", "errors.forbidden");
    const file = await fileStore.get(fileId, tx);
    if (!file) throw new AppError("NOT_FOUND", "privacy.errors.fileNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "file.view",
      entity: owner.entity,
      entityId: owner.entityId,
      after: owner.after,
    });
    return file;
  });
}
