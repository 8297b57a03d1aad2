import "server-only";
import { now } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import { PRIVACY_NOTICE_VERSION, isConsentCurrent, type ConsentKindName } from "@/lib/domain/privacy-notice";
import type { ConsentKind } from "@/lib/generated/prisma/enums";

const KIND: Record<ConsentKindName, ConsentKind> = {
  "privacy-notice": "PRIVACY_NOTICE",
  "sensitive-signup": "SENSITIVE_SIGNUP",
  "sensitive-upload": "SENSITIVE_UPLOAD",
  "institution-roster": "INSTITUTION_ROSTER",
};

/** Records one consent under the notice version in force, inside the caller's transaction. */
export async function recordConsent(tx: Tx, userId: string, kind: ConsentKindName): Promise<void> {
  await tx.consent.create({
    data: { userId, kind: KIND[kind], noticeVersion: PRIVACY_NOTICE_VERSION, givenAt: now() },
    select: { id: true },
  });
}

/** Whether the user's latest consent of this kind was given under the notice version in force. */
export async function hasCurrentConsent(db: Db | Tx, userId: string, kind: ConsentKindName): Promise<boolean> {
  const latest = await db.consent.findFirst({
    where: { userId, kind: KIND[kind] },
    orderBy: { givenAt: "desc" },
    select: { noticeVersion: true },
  });
  return isConsentCurrent(latest?.noticeVersion);
}
