import "server-only";
import type { Failure } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { AttachmentKindName } from "@/lib/domain/attachments";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { assertUploadConsent } from "@/lib/server/privacy/upload-consent";
import { fitUpload, inspectForUpload, type PreparedUpload } from "@/lib/server/uploads/accept-upload";
import { pdfPageCount } from "@/lib/server/uploads/pdf-pages";
import { loadEditableApplication, loadEditableAttachments } from "./editable-application";
import { requireOwnedApplicationId } from "./owned-application";
import { storeReadyUpload } from "./store-ready-upload";

export type AttachOutcome =
  | {
      status: "stored";
      kind: AttachmentKindName;
      size: number;
      mime: string;
      /** Pages of a stored PDF when its bytes say (the preview shows it), else null. */
      pages: number | null;
    }
  | { status: "refused"; failure: Failure }
  /** Auto-fit made a new image: nothing is stored until the candidate accepts it (issue 3). */
  | { status: "adjusted"; kind: AttachmentKindName; beforeSize: number; afterSize: number; mime: string; base64: string };

/**
 * 四(二)2: one scan per kind, checked by content. A refused or failed upload changes nothing
 * else of the application; a replaced file is deleted in the same transaction.
 */
export async function attachFile(
  actor: Actor,
  applicationId: string,
  kind: AttachmentKindName,
  upload: { bytes: Uint8Array; name: string },
  options: { autoFit: boolean },
  today: IsoDate,
): Promise<AttachOutcome> {
  // Reading the header costs nothing; decoding does. An upload ready as sent (nearly every one
  // since the browser fits images, ADR 092) is checked once, in the transaction that stores it.
  // Anything else (a refusal, an image to fit) is answered only after the checks: someone else's
  // application or a closed window must not cost an image decode, nor learn about the file.
  const inspected = await inspectForUpload(upload.bytes, upload.name, "attachment", options);
  if (inspected.ok !== true) {
    await db.$transaction(async (tx) => {
      await requireOwnedApplicationId(tx, actor, applicationId);
      await loadEditableApplication(tx, actor, applicationId, today);
      await assertUploadConsent(actor, tx); // issue 11: a candidate's separate consent before the first photo or scan
    });
  }
  const prepared = inspected.ok === "needs-fit" ? await fitUpload(upload.bytes, upload.name, "attachment", inspected) : inspected;
  if (!prepared.ok) return { status: "refused", failure: prepared.failure };
  if (kind === "PHOTO" && prepared.kind !== "image")
    return { status: "refused", failure: { key: "ruleFailures.upload.photoNotImage" } };
  if (prepared.adjusted) {
    return {
      status: "adjusted",
      kind,
      beforeSize: prepared.adjusted.beforeSize,
      afterSize: prepared.adjusted.afterSize,
      mime: prepared.mime,
      base64: Buffer.from(prepared.bytes).toString("base64"),
    };
  }
  const pages = prepared.kind === "pdf" ? pdfPageCount(prepared.bytes) : null;
  // One read shared with the uploads arriving together and one write (ADR 121); the locked
  // transaction below only when the application changed in between.
  const fast = await storeReadyUpload(actor, applicationId, kind, prepared, today);
  if (fast) return { status: "stored", kind, size: fast.size, mime: prepared.mime, pages };
  const stored = await storeLocked(actor, applicationId, kind, prepared, today);
  return { status: "stored", kind, size: stored.size, mime: prepared.mime, pages };
}

/**
 * The storing transaction that locks the application's row first: taken when the one-statement
 * write found the application changed since its read (a second tab, a submit arriving together)
 * or met a constraint. Exported for the bench's before/after comparison (bench/uploads.ts).
 */
export async function storeLocked(
  actor: Actor,
  applicationId: string,
  kind: AttachmentKindName,
  prepared: PreparedUpload,
  today: IsoDate,
): Promise<{ size: number }> {
  return db.$transaction(async (tx) => {
    const application = await loadEditableAttachments(tx, actor, applicationId, today);
    await assertUploadConsent(actor, tx);
    const previous = application.attachments.find((a) => a.kind === kind);
    const stored = await fileStore.put({ bytes: prepared.bytes, mime: prepared.mime, originalName: prepared.name }, tx);
    await tx.attachment.upsert({
      where: { applicationId_kind: { applicationId, kind } },
      create: { applicationId, kind, fileId: stored.id },
      update: { fileId: stored.id, createdAt: now() },
      select: { id: true },
    });
    await tx.application.update({ where: { id: applicationId }, data: { version: { increment: 1 } }, select: { id: true } });
    if (previous) await fileStore.delete(previous.fileId, tx);
    return { size: stored.size };
  });
}

export function assertAttachmentKind(value: string): AttachmentKindName {
  const kinds: readonly string[] = ["PHOTO", "APPLICATION_FORM", "PLEDGE", "EDUCATION_PROOF", "ID_FRONT", "ID_BACK", "EVIDENCE"];
  if (!kinds.includes(value)) throw new AppError("INVALID", "errors.generic");
  return value as AttachmentKindName;
}
