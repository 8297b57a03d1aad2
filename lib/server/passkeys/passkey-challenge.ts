import "server-only";
import { db } from "@/lib/db";

/** How long a WebAuthn challenge may be answered (ADR 114): the browser's own timeout is 60 s. */
export const PASSKEY_CHALLENGE_MS = 5 * 60 * 1000;
/** The httpOnly cookie that binds a challenge to the browser that asked for it. */
export const PASSKEY_CHALLENGE_COOKIE = "portal-passkey-challenge";

export type PasskeyPurpose = "REGISTER" | "LOGIN";

/** WebAuthn challenges follow real time, not the demo clock (like TOTP codes, ADR 011). */
function realNow(): Date {
  // eslint-disable-next-line no-restricted-syntax -- challenge lifetimes follow real time, not the demo clock
  return new Date();
}

/** Stores a fresh challenge; the caller puts the returned id in PASSKEY_CHALLENGE_COOKIE. */
export async function storeChallenge(purpose: PasskeyPurpose, challenge: string, userId: string | null): Promise<string> {
  const at = realNow();
  const row = await db.passkeyChallenge.create({
    data: { purpose, challenge, userId, expiresAt: new Date(at.getTime() + PASSKEY_CHALLENGE_MS) },
    select: { id: true },
  });
  // Expired challenges of anyone are swept on the way (one indexed delete).
  await db.passkeyChallenge.deleteMany({ where: { expiresAt: { lt: new Date(at.getTime() - PASSKEY_CHALLENGE_MS) } } });
  return row.id;
}

/**
 * Spends a challenge once: one UPDATE … WHERE usedAt IS NULL, so two answers sent together
 * cannot both use it. Null when unknown, spent, expired, for another purpose or another user.
 */
export async function consumeChallenge(id: string, purpose: PasskeyPurpose, userId: string | null): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const at = realNow();
  const rows = await db.$queryRaw<{ challenge: string }[]>`
    UPDATE "PasskeyChallenge" SET "usedAt" = ${at}
    WHERE id = ${id}::uuid AND purpose = ${purpose} AND "usedAt" IS NULL AND "expiresAt" > ${at}
      AND "userId" IS NOT DISTINCT FROM ${userId}::uuid
    RETURNING challenge`;
  return rows[0]?.challenge ?? null;
}
