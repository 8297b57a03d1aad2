import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { loadInstitutionScope } from "../scope";
import { checkRoster } from "./check-roster";
import { previewOf, type RosterPreviewDto } from "./preview-roster";

/**
 * The preview of one of the institution's own uploads, not yet submitted, as `previewRoster`
 * answered it: the stored file checked again, as the submit and the invalid-rows download check
 * it (ADR 148). A refused submit posted without JavaScript shows it again above its form. Null,
 * revealing nothing, for someone else's upload, an unknown or malformed id, or an upload already
 * submitted (there is nothing left to submit; its rows would now read "already applied").
 */
export async function rebuildRosterPreview(actor: Actor, uploadId: string, today: IsoDate): Promise<RosterPreviewDto | null> {
  const scope = await loadInstitutionScope(actor);
  if (!isUuid(uploadId)) return null;
  const upload = await db.rosterUpload.findFirst({
    where: { id: uploadId, institutionId: scope.institutionId, submittedAt: null },
    select: { id: true, batchId: true, fileId: true, originalName: true },
  });
  const file = upload && (await fileStore.get(upload.fileId));
  if (!upload || !file) return null;
  try {
    return previewOf(upload.id, upload.originalName, await checkRoster(scope, upload.batchId, file.bytes, today));
  } catch (error) {
    // The file passed this check when it was stored; a rule since then may refuse it as a whole.
    if (error instanceof AppError) return null;
    throw error;
  }
}
