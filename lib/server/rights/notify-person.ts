import "server-only";
import type { Tx } from "@/lib/db";

/** A message in the person's own inbox (not the institution's): answers to their requests (issue 11). */
export async function notifyPerson(tx: Tx, userId: string, message: { title: string; body: string }): Promise<void> {
  await tx.notification.create({ data: { userId, title: message.title, body: message.body }, select: { id: true } });
}
