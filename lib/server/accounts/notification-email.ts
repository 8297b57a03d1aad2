import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { NotificationEmailData } from "@/lib/schemas/notification-email-schema";
import type { Actor } from "@/lib/server/auth/session";

export interface NotificationEmailDto {
  email: string | null;
}

/**
 * Only candidates and institution users get inbox messages (list-notifications.ts), so only
 * they have a use for an address; for staff it would be a promise the outbox never keeps.
 */
function assertHasInbox(actor: Actor): void {
  if (actor.kind !== "CANDIDATE" && actor.kind !== "INSTITUTION") throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** The reader's own address, for the inbox's "同时发送到邮箱" form. */
export async function getNotificationEmail(actor: Actor): Promise<NotificationEmailDto> {
  assertHasInbox(actor);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  return { email: user.email };
}

/**
 * Sets, changes or (null) removes the signed-in user's own address; the row is always the
 * actor's, never an id from the form. An address given where there was none restarts
 * `emailSince`, so the outbox mails the messages from now on, not the inbox's history; a changed
 * address keeps it (messages not yet queued go to the new one). Emails already in the outbox
 * keep the address they were queued with.
 */
export async function setNotificationEmail(actor: Actor, input: NotificationEmailData): Promise<NotificationEmailDto> {
  assertHasInbox(actor);
  // One statement; the portal clock like the notifications' createdAt (lib/db-clock.ts); SET reads the old row.
  const rows = await db.$queryRaw<NotificationEmailDto[]>`
    UPDATE "User" SET
      "emailSince" = CASE WHEN coalesce(email, '') = '' AND ${input.email}::text IS NOT NULL THEN ${now()} ELSE "emailSince" END,
      email = ${input.email}
    WHERE id = ${actor.id}::uuid
    RETURNING email`;
  const row = rows[0];
  if (!row) throw new AppError("UNAUTHENTICATED", "errors.signInFirst");
  return { email: row.email };
}
