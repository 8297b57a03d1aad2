import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";

export interface NotificationDto {
  id: string;
  /** The Chinese words as written (older rows have only these). */
  title: string;
  body: string;
  /** ADR 123: the message's kind and values, put into the reader's language by the page. */
  messageKey: string | null;
  messageParams: string | null;
  applicationId: string | null;
  createdAt: string;
  read: boolean;
}

/**
 * Whose inbox: a candidate reads their own user's messages; an institution's users share the
 * institution's (notifyApplicant addresses the institution, not one clerk). A staff member reads
 * their own: the review escalations of ADR 064 (lib/server/jobs/escalate-undecided.ts).
 */
function recipientFilter(actor: Actor) {
  if (actor.kind === "CANDIDATE" || actor.kind === "STAFF") return { userId: actor.id };
  if (actor.kind === "INSTITUTION" && actor.institutionId) return { institutionId: actor.institutionId };
  return null;
}

export const INBOX_PAGE_SIZE = 50;

export async function listNotifications(
  actor: Actor,
  page = 1,
): Promise<{ items: NotificationDto[]; unread: number; hasMore: boolean }> {
  const filter = recipientFilter(actor);
  if (!filter) return { items: [], unread: 0, hasMore: false };
  const skip = (Math.max(1, Math.floor(page)) - 1) * INBOX_PAGE_SIZE;
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: filter,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take: INBOX_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        body: true,
        messageKey: true,
        messageParams: true,
        applicationId: true,
        createdAt: true,
        readAt: true,
      },
    }),
    db.notification.count({ where: { ...filter, readAt: null } }),
  ]);
  return {
    items: rows.slice(0, INBOX_PAGE_SIZE).map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      messageKey: n.messageKey,
      messageParams: n.messageParams,
      applicationId: n.applicationId,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
    unread,
    hasMore: rows.length > INBOX_PAGE_SIZE,
  };
}

/** Marks the given messages (or all with `"all"`) read; someone else's ids match nothing. */
export async function markNotificationsRead(actor: Actor, ids: readonly string[] | "all", at: Date): Promise<number> {
  const filter = recipientFilter(actor);
  if (!filter) return 0;
  const valid = ids === "all" ? null : ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid?.length === 0) return 0;
  const result = await db.notification.updateMany({
    where: { ...filter, readAt: null, ...(valid ? { id: { in: valid } } : {}) },
    data: { readAt: at },
  });
  return result.count;
}

/**
 * Issue 16 item 6: the unread count beside 消息 on the candidate's own pages (/me and an
 * application's page), not in the shared header, which is cached and reads a hint cookie.
 * One indexed count of the asker's own inbox; nobody else's.
 */
export async function countUnread(actor: Actor): Promise<number> {
  const filter = recipientFilter(actor);
  if (!filter) return 0;
  return db.notification.count({ where: { ...filter, readAt: null } });
}
