import "server-only";
import { db } from "@/lib/db";
import { LEASE_SECONDS, MAX_ATTEMPTS, retryDelaySeconds } from "./delivery-policy";

export interface ClaimedEmail {
  id: string;
  to: string;
  subject: string;
  body: string;
  /** Including this try. */
  attempts: number;
}

/**
 * Takes the oldest due email for this drain alone, in one statement: SKIP LOCKED lets a
 * concurrent drain pass over it, and the lease in nextAttemptAt keeps it from every later drain
 * while it is being sent, outside any transaction. The try counts now, so an email whose drain
 * keeps dying mid-send still reaches the cap. Times are the database's (ADR 045).
 */
export async function claimNextEmail(): Promise<ClaimedEmail | null> {
  const rows = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail" o
    SET attempts = o.attempts + 1, "nextAttemptAt" = now() + ${LEASE_SECONDS}::int * interval '1 second'
    WHERE o.id = (
      SELECT id FROM "OutboxEmail"
      WHERE "sentAt" IS NULL AND attempts < ${MAX_ATTEMPTS}::int
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now())
      ORDER BY "createdAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING o.id, o."to", o.subject, o.body, o.attempts`;
  return rows[0] ?? null;
}

/** `note` keeps the recipients the server refused when it accepted the others. */
export async function markEmailSent(id: string, note: string | null): Promise<void> {
  await db.$executeRaw`
    UPDATE "OutboxEmail" SET "sentAt" = now(), "nextAttemptAt" = NULL, "lastError" = ${note}
    WHERE id = ${id}::uuid`;
}

export async function markEmailFailed(email: ClaimedEmail, reason: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "OutboxEmail"
    SET "lastError" = ${reason},
        "nextAttemptAt" = now() + ${retryDelaySeconds(email.attempts)}::int * interval '1 second'
    WHERE id = ${email.id}::uuid`;
}
