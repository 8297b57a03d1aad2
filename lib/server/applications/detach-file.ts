import "server-only";
import type { AttachmentKindName } from "@/lib/domain/attachments";
import type { IsoDate } from "@/lib/domain/types";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { loadEditableAttachments } from "./editable-application";

export interface DetachOutcome {
  status: "deleted" | "absent";
  kind: AttachmentKindName;
}

/**
 * Removes one uploaded file while the applicant may still change the application (the same
 * window as uploading, 四(二)2). Deleting nothing is not an error: a second tap, or a tap in a
 * second tab, leaves the application as the first left it. The file row goes in the same
 * transaction, so no orphaned scan of an ID card remains.
 */
export async function detachFile(
  actor: Actor,
  applicationId: string,
  kind: AttachmentKindName,
  today: IsoDate,
): Promise<DetachOutcome> {
  return db.$transaction(async (tx) => {
    const application = await loadEditableAttachments(tx, actor, applicationId, today);
    const previous = application.attachments.find((a) => a.kind === kind);
    if (!previous) return { status: "absent" as const, kind };
    await tx.attachment.delete({ where: { applicationId_kind: { applicationId, kind } }, select: { id: true } });
    await tx.application.update({ where: { id: applicationId }, data: { version: { increment: 1 } }, select: { id: true } });
    await fileStore.delete(previous.fileId, tx);
    return { status: "deleted" as const, kind };
  });
}
