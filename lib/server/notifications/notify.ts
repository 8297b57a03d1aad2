import "server-only";
import type { Tx } from "@/lib/db";

export interface NotificationInput {
  applicationId?: string | null;
  title: string;
  body: string;
  /** Reminders pass one so that a job running twice sends one message. */
  dedupeKey?: string;
}

/**
 * Puts a message in the inbox of whoever applied: the candidate's user (individual channel) or
 * the institution (institution channel), inside the caller's transaction. An email goes to the
 * outbox too when the candidate has one on file (SMTP is optional; see docs).
 */
export async function notifyApplicant(
  tx: Tx,
  applicationId: string,
  message: Omit<NotificationInput, "applicationId">,
): Promise<void> {
  const application = await tx.application.findUnique({
    where: { id: applicationId },
    select: { channel: true, institutionId: true, candidate: { select: { userId: true } } },
  });
  if (!application) return;
  const recipient =
    application.channel === "INSTITUTION"
      ? { institutionId: application.institutionId }
      : { userId: application.candidate.userId };
  if (!recipient.institutionId && !("userId" in recipient && recipient.userId)) return;
  await tx.notification.upsert({
    where: { dedupeKey: message.dedupeKey ?? `once:${crypto.randomUUID()}` },
    create: { ...recipient, applicationId, title: message.title, body: message.body, dedupeKey: message.dedupeKey ?? null },
    update: {},
    select: { id: true },
  });
}
