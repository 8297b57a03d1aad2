import "server-only";
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/current-actor";
import { claimLimit } from "@/lib/server/otp/claim-limit";
import { consumeChallenge, storeChallenge } from "./passkey-challenge";
import { RP_NAME, type RelyingParty } from "./relying-party";

/** A candidate keeps at most this many passkeys (one per phone or computer, with room to spare). */
export const MAX_PASSKEYS = 10;
const REGISTER_LIMIT = { limit: 20, windowMs: 60 * 60 * 1000 } as const;

function requireCandidateActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  if (actor.kind !== "CANDIDATE") throw new AppError("FORBIDDEN", "passkeys.errors.candidatesOnly");
  return actor;
}

/**
 * First step of adding a passkey (ADR 114): options for navigator.credentials.create, a
 * discoverable credential with user verification, and the challenge's id for the cookie.
 */
export async function startPasskeyRegistration(
  actor: Actor | null,
  rp: RelyingParty,
): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; challengeId: string }> {
  const user = requireCandidateActor(actor);
  if (!(await claimLimit(`passkey:register:${user.id}`, REGISTER_LIMIT.limit, REGISTER_LIMIT.windowMs))) {
    throw new AppError("RATE_LIMITED", "passkeys.errors.tooMany");
  }
  const existing = await db.passkey.findMany({ where: { userId: user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) throw new AppError("CONFLICT", "passkeys.errors.tooManyKeys");
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    // The user handle is the account's random id, never the ID number.
    userID: new TextEncoder().encode(user.id),
    userName: user.displayName,
    userDisplayName: user.displayName,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({
      id: p.credentialId,
      transports: p.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  const challengeId = await storeChallenge("REGISTER", options.challenge, user.id);
  return { options, challengeId };
}

export interface PasskeyDto {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** Second step: verifies the attestation against the stored challenge and keeps the credential. */
export async function finishPasskeyRegistration(
  actor: Actor | null,
  input: { challengeId: string; name: string; response: RegistrationResponseJSON },
  rp: RelyingParty,
): Promise<PasskeyDto> {
  const user = requireCandidateActor(actor);
  const name = input.name.trim();
  if (!name || name.length > 40) throw new AppError("INVALID", "passkeys.errors.name", { name: ["passkeys.errors.name"] });
  const expectedChallenge = await consumeChallenge(input.challengeId, "REGISTER", user.id);
  if (!expectedChallenge) throw new AppError("INVALID", "passkeys.errors.expired");
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
  } catch {
    throw new AppError("INVALID", "passkeys.errors.notVerified");
  }
  if (!verification.verified) throw new AppError("INVALID", "passkeys.errors.notVerified");
  const { credential } = verification.registrationInfo;
  const taken = await db.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "passkeys.errors.alreadyAdded");
  return db.$transaction(async (tx) => {
    const row = await tx.passkey.create({
      data: {
        userId: user.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        name,
      },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.passkey.add",
      entity: "User",
      entityId: user.id,
      after: { passkeyId: row.id, name },
    });
    return row;
  });
}

/** The signed-in candidate's passkeys, newest first. */
export async function listPasskeys(actor: Actor | null): Promise<PasskeyDto[]> {
  const user = requireCandidateActor(actor);
  return db.passkey.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}

/** Removes one of the signed-in candidate's own passkeys; another user's id is simply not found. */
export async function removePasskey(actor: Actor | null, passkeyId: string): Promise<void> {
  const user = requireCandidateActor(actor);
  if (!/^[0-9a-f-]{36}$/i.test(passkeyId)) throw new AppError("NOT_FOUND", "passkeys.errors.notFound");
  await db.$transaction(async (tx) => {
    const removed = await tx.passkey.deleteMany({ where: { id: passkeyId, userId: user.id } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "passkeys.errors.notFound");
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.passkey.remove",
      entity: "User",
      entityId: user.id,
      after: { passkeyId },
    });
  });
}
