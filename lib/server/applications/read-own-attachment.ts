import "server-only";
import { AppError } from "@/lib/app-error";
import type { AttachmentKindName } from "@/lib/domain/attachments";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { pdfPageCount } from "@/lib/server/uploads/pdf-pages";
import { ownershipFilter } from "./owned-application";

export interface OwnAttachment {
  bytes: Uint8Array;
  mime: string;
  originalName: string;
  size: number;
  pages: number | null;
}

/**
 * One file the applicant uploaded, for their own preview (issue 16: a thumbnail of the photo,
 * the page count of a PDF). Only the applicant (the candidate, or the institution that
 * registered the application) gets it; anyone else, staff included, NOT_FOUND: staff open files
 * through read-staff-file.ts, which audits each opening. The applicant reading their own file
 * is not a staff read and writes no audit row.
 */
export async function readOwnAttachment(actor: Actor, applicationId: string, kind: AttachmentKindName): Promise<OwnAttachment> {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const row = await db.attachment.findFirst({
    where: { kind, application: { id: applicationId, ...filter } },
    select: { fileId: true },
  });
  const file = row ? await fileStore.get(row.fileId) : null;
  if (!file) throw new AppError("NOT_FOUND", "errors.application.notFound");
  return { ...file, pages: file.mime === "application/pdf" ? pdfPageCount(file.bytes) : null };
}
