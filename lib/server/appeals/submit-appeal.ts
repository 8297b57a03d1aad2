import "server-only";
import type { MessageKey } from "@/lib/i18n/message-key";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { AppealData } from "@/lib/schemas/appeal-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { fileStore } from "@/lib/server/storage/file-store";
import { prepareUpload } from "@/lib/server/uploads/accept-upload";

const DAY = 24 * 60 * 60 * 1000;
/** Appeals per address and per ID number a day, counted before the files are inspected. */
export const APPEAL_LIMITS = { ip: { limit: 5, windowMs: DAY }, idNumber: { limit: 3, windowMs: DAY } } as const;

export const APPEAL_FILES = ["idFront", "idBack", "holding"] as const;
export type AppealFileKind = (typeof APPEAL_FILES)[number];
export type AppealUploads = Record<AppealFileKind, { bytes: Uint8Array; name: string }>;

/**
 * 账号申诉 (issue 10): the ID card's two sides and a photo holding it, a contact mobile and the
 * password of the account to create. The files pass the portal's upload checks (type by magic
 * bytes, no script, the hard cap); staff decide in the console. Audited.
 */
export async function submitAppeal(input: AppealData, files: AppealUploads, ip: string): Promise<{ appealId: string }> {
  const claims = await Promise.all([
    claimLimit(`appeal:ip:${ip}`, APPEAL_LIMITS.ip.limit, APPEAL_LIMITS.ip.windowMs),
    claimLimit(`appeal:id:${input.idNumber}`, APPEAL_LIMITS.idNumber.limit, APPEAL_LIMITS.idNumber.windowMs),
  ]);
  if (!claims.every(Boolean)) throw new AppError("RATE_LIMITED", "identity.appeal.tooMany");
  const prepared = {} as Record<AppealFileKind, { bytes: Uint8Array; mime: string; name: string }>;
  const fieldErrors: Record<string, MessageKey[]> = {};
  for (const kind of APPEAL_FILES) {
    const result = await prepareUpload(files[kind].bytes, files[kind].name, "receipt", { autoFit: false });
    if (result.ok) prepared[kind] = { bytes: result.bytes, mime: result.mime, name: result.name };
    else fieldErrors[kind] = ["identity.appeal.badFile"];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "identity.appeal.badFile", fieldErrors);
  const passwordHash = await hashPassword(input.password);
  const at = now();
  return db.$transaction(async (tx) => {
    const [front, back, holding] = await Promise.all(
      APPEAL_FILES.map((kind) =>
        fileStore.put({ bytes: prepared[kind].bytes, mime: prepared[kind].mime, originalName: prepared[kind].name }, tx),
      ),
    );
    const appeal = await tx.accountAppeal.create({
      data: {
        idNumber: input.idNumber,
        name: input.name,
        contactMobile: input.contactMobile,
        idFrontFileId: front!.id,
        idBackFileId: back!.id,
        holdingFileId: holding!.id,
        passwordHash,
        createdAt: at,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "appeal.submit",
      entity: "AccountAppeal",
      entityId: appeal.id,
      after: { ip },
    });
    return { appealId: appeal.id };
  });
}
