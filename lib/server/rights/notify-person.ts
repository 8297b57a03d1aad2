import "server-only";
import type { Tx } from "@/lib/db";
import type { inboxMessage } from "@/lib/i18n/stored-message";

/** A message in the person's own inbox (not the institution's): answers to their requests (issue 11), keyed (ADR 123). */
export async function notifyPerson(tx: Tx, userId: string, message: ReturnType<typeof inboxMessage>): Promise<void> {
  await tx.notification.create({
    data: {
      userId,
      title: message.title,
      body: message.body,
      messageKey: message.key,
      messageParams: JSON.stringify(message.params),
    },
    select: { id: true },
  });
}
