import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { consumeChallenge, storeChallenge } from "./passkey-challenge";
import type { RelyingParty } from "./relying-party";

const WINDOW_MS = 15 * 60 * 1000;
/** Per address (ADR 114): options asked for and answers checked, each claimed before the work. */
export const PASSKEY_LOGIN_LIMITS = {
  options: { limit: 60, windowMs: WINDOW_MS },
  tries: { limit: 30, windowMs: WINDOW_MS },
} as const;

/**
 * 「使用通行密钥登录」, first step: options for navigator.credentials.get with no allow-list (the
 * authenticator offers its discoverable credentials for this site) and user verification required.
 */
export async function startPasskeyLogin(
  ip: string,
  rp: RelyingParty,
): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; challengeId: string }> {
  if (
    !(await claimLimit(`passkey:options:ip:${ip}`, PASSKEY_LOGIN_LIMITS.options.limit, PASSKEY_LOGIN_LIMITS.options.windowMs))
  ) {
    throw new AppError("RATE_LIMITED", "passkeys.errors.tooMany");
  }
  const options = await generateAuthenticationOptions({ rpID: rp.rpID, userVerification: "required", allowCredentials: [] });
  const challengeId = await storeChallenge("LOGIN", options.challenge, null);
  return { options, challengeId };
}

export type PasskeyLoginResult =
  | { ok: true; user: { id: string; kind: string; displayName: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate-limited" };

/**
 * Second step, called by auth.ts's "passkey" provider: the assertion is checked against the
 * challenge of this browser's cookie (spent once), the credential's public key, the origin and
 * RP ID, user verification, and the signature counter, which must grow when the authenticator keeps one.
 */
export async function authenticateByPasskey(
  challengeId: string,
  response: AuthenticationResponseJSON,
  ip: string,
  rp: RelyingParty,
): Promise<PasskeyLoginResult> {
  if (!(await claimLimit(`passkey:try:ip:${ip}`, PASSKEY_LOGIN_LIMITS.tries.limit, PASSKEY_LOGIN_LIMITS.tries.windowMs))) {
    return { ok: false, reason: "rate-limited" };
  }
  const expectedChallenge = await consumeChallenge(challengeId, "LOGIN", null);
  if (!expectedChallenge || typeof response?.id !== "string") return { ok: false, reason: "invalid" };
  const passkey = await db.passkey.findUnique({
    where: { credentialId: response.id },
    select: {
      id: true,
      credentialId: true,
      publicKey: true,
      counter: true,
      transports: true,
      user: { select: { id: true, kind: true, displayName: true, sessionVersion: true, disabledAt: true } },
    },
  });
  if (!passkey || passkey.user.kind !== "CANDIDATE" || passkey.user.disabledAt) return { ok: false, reason: "invalid" };
  // A discoverable credential names its user: it must be the credential's owner.
  const handle = response.response?.userHandle;
  if (handle && Buffer.from(handle, "base64url").toString("utf8") !== passkey.user.id) return { ok: false, reason: "invalid" };
  let newCounter: number;
  try {
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
    });
    if (!verification.verified) return { ok: false, reason: "invalid" };
    newCounter = verification.authenticationInfo.newCounter;
  } catch {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: passkey.user.id,
        action: "auth.passkey.fail",
        entity: "User",
        entityId: passkey.user.id,
        after: { ip },
      }),
    );
    return { ok: false, reason: "invalid" };
  }
  const user = passkey.user;
  const at = new Date(); // eslint-disable-line no-restricted-syntax -- last use of a device, real time like the challenge
  const stored = await db.$transaction(async (tx) => {
    // Compare-and-set: of two assertions carrying the same counter, only one is accepted.
    const updated = await tx.passkey.updateMany({
      where: { id: passkey.id, counter: passkey.counter },
      data: { counter: BigInt(newCounter), lastUsedAt: at },
    });
    if (updated.count !== 1) return false;
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.login.passkey",
      entity: "User",
      entityId: user.id,
      after: { ip, passkeyId: passkey.id },
    });
    return true;
  });
  if (!stored) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, kind: user.kind, displayName: user.displayName, sessionVersion: user.sessionVersion } };
}
