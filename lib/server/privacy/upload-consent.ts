import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { hasCurrentConsent, recordConsent } from "./record-consent";

/**
 * Issue 11, PIPL art. 29: before a candidate's first photo or scan is stored, a separate consent
 * to the sensitive data (ID number, face photo, ID card scans) under the notice version in force.
 * A new notice version asks again. Institutions upload under their roster commitment instead.
 */
export async function needsUploadConsent(actor: Actor, client: Tx | typeof db = db): Promise<boolean> {
  return actor.kind === "CANDIDATE" && !(await hasCurrentConsent(client, actor.id, "sensitive-upload"));
}

/** Refuses an upload while the consent is missing (the upload use case calls this first). */
export async function assertUploadConsent(actor: Actor, tx: Tx): Promise<void> {
  if (await needsUploadConsent(actor, tx)) throw new AppError("FORBIDDEN", "privacy.errors.uploadConsentRequired");
}

/** The candidate ticked the box: recorded with its time and the notice version (once per version). */
export async function giveUploadConsent(actor: Actor): Promise<void> {
  if (actor.kind !== "CANDIDATE") throw new AppError("FORBIDDEN", "errors.forbidden");
  await db.$transaction(async (tx) => {
    if (await needsUploadConsent(actor, tx)) await recordConsent(tx, actor.id, "sensitive-upload");
  });
}
