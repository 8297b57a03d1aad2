import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { institutionPaperworkOpen } from "@/lib/domain/window-rules";
import type { IsoDate } from "@/lib/domain/types";
import type { InstitutionDocumentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { prepareUpload } from "@/lib/server/uploads/accept-upload";
import { loadBatch, loadInstitutionScope } from "../scope";

export const INSTITUTION_DOCUMENT_KINDS = ["COMMITMENT_LETTER", "ROSTER"] as const satisfies readonly InstitutionDocumentKind[];

export interface InstitutionDocumentDto {
  kind: InstitutionDocumentKind;
  uploaded: { name: string; size: number } | null;
  /** Staff received the stamped paper original (四(一)2 "纸质材料原件加盖报名机构公章后报送"). */
  paperReceivedAt: string | null;
  /** The day it arrived and staff's note on it, as the reviewer recorded them (issue 13 item 6). */
  paper: { receivedOn: IsoDate; notes: string | null } | null;
}

export interface BatchDocumentsDto {
  batchId: string;
  /** The paper originals are due by the end of registration. */
  paperDue: IsoDate;
  uploadOpen: boolean;
  documents: InstitutionDocumentDto[];
}

/** 报名质量责任承诺书 and 考核人员花名册 of one batch: the scans, and whether the paper arrived. */
export async function listBatchDocuments(actor: Actor, batchId: string, today: IsoDate): Promise<BatchDocumentsDto> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const rows = await db.institutionDocument.findMany({
    where: { institutionId: scope.institutionId, batchId: batch.id },
    select: { kind: true, fileId: true, paperReceivedAt: true, paperReceivedOn: true, paperNotes: true },
  });
  const files = await db.storedFile.findMany({
    where: { id: { in: rows.flatMap((r) => (r.fileId ? [r.fileId] : [])) } },
    select: { id: true, originalName: true, size: true },
  });
  return {
    batchId: batch.id,
    paperDue: batch.registration.end,
    // Registration to the end of review (the rule table, ADR 064): the paper is due by the end of
    // registration, but a scan replaced during review (a page missing) still helps the reviewer.
    uploadOpen: institutionPaperworkOpen(batch, today),
    documents: INSTITUTION_DOCUMENT_KINDS.map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      const file = files.find((f) => f.id === row?.fileId);
      return {
        kind,
        uploaded: file ? { name: file.originalName, size: file.size } : null,
        paperReceivedAt: row?.paperReceivedAt?.toISOString() ?? null,
        paper: row?.paperReceivedAt
          ? {
              receivedOn: (row.paperReceivedOn ?? row.paperReceivedAt).toISOString().slice(0, 10),
              notes: row.paperNotes,
            }
          : null,
      };
    }),
  };
}

/**
 * The scan of one of the institution's own documents for a batch. The notice gives no size
 * rule for them, so they follow the receipt rule (any size up to the hard cap, jpg/png/pdf,
 * same content checks): a stamped multi-page PDF is rarely 300 KB. A replaced scan is deleted.
 */
export async function uploadInstitutionDocument(
  actor: Actor,
  input: { batchId: string; kind: InstitutionDocumentKind; bytes: Uint8Array; fileName: string },
  today: IsoDate,
): Promise<{ size: number }> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(input.batchId);
  if (!institutionPaperworkOpen(batch, today)) throw new AppError("WINDOW_CLOSED", "institution.errors.documents.closed");
  const prepared = await prepareUpload(input.bytes, input.fileName, "receipt", { autoFit: false });
  if (!prepared.ok) throw new AppError("INVALID", "institution.errors.documents.refused", { file: [prepared.failure] });
  return db.$transaction(async (tx) => {
    const key = { institutionId_batchId_kind: { institutionId: scope.institutionId, batchId: batch.id, kind: input.kind } };
    const previous = await tx.institutionDocument.findUnique({ where: key, select: { fileId: true } });
    const stored = await fileStore.put({ bytes: prepared.bytes, mime: prepared.mime, originalName: prepared.name }, tx);
    await tx.institutionDocument.upsert({
      where: key,
      create: { institutionId: scope.institutionId, batchId: batch.id, kind: input.kind, fileId: stored.id },
      update: { fileId: stored.id },
      select: { id: true },
    });
    if (previous?.fileId) await fileStore.delete(previous.fileId, tx);
    return { size: stored.size };
  });
}
