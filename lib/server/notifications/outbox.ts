import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/exam/staff-guard";

/**
 * Email copies of inbox messages (ADR 024). notifyApplicant writes the inbox row inside each
 * decision's transaction; this queue is filled afterwards from those rows, so a mail server
 * that is down or absent never blocks a decision. One row per notification (unique
 * notificationId): running twice queues once.
 */
export async function enqueueOutboxEmails(): Promise<number> {
  const personal = await db.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "notificationId", "to", subject, body)
    SELECT gen_random_uuid(), n.id, u.email, n.title, n.body
    FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE u.email IS NOT NULL AND u.email <> ''
      AND NOT EXISTS (SELECT 1 FROM "OutboxEmail" o WHERE o."notificationId" = n.id)
    ON CONFLICT ("notificationId") DO NOTHING`;
  // An institution's message goes to every one of its users who gave an address, as one email.
  const institutional = await db.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "notificationId", "to", subject, body)
    SELECT gen_random_uuid(), n.id, addresses.list, n.title, n.body
    FROM "Notification" n
    JOIN LATERAL (
      SELECT string_agg(u.email, ', ' ORDER BY u.email) AS list FROM "User" u
      WHERE u."institutionId" = n."institutionId" AND u.email IS NOT NULL AND u.email <> ''
    ) addresses ON addresses.list IS NOT NULL
    WHERE n."institutionId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "OutboxEmail" o WHERE o."notificationId" = n.id)
    ON CONFLICT ("notificationId") DO NOTHING`;
  return personal + institutional;
}

export type DrainMode = "no-smtp" | "log-only";

/**
 * Queues new emails, then delivers what it can. No mail library is installed (nodemailer is
 * not a dependency, and a hand-written SMTP client over net/tls is not worth its risk), so
 * with SMTP_URL set each email is logged once as "would send" and marked with why it was
 * not sent; without SMTP_URL the administrator reads the queue at /staff/exam/outbox.
 */
export async function drainOutbox(limit = 100): Promise<{ queued: number; logged: number; mode: DrainMode }> {
  const queued = await enqueueOutboxEmails();
  if (!process.env.SMTP_URL) return { queued, logged: 0, mode: "no-smtp" };
  const pending = await db.outboxEmail.findMany({
    where: { sentAt: null, attempts: 0 },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, to: true, subject: true },
  });
  for (const mail of pending) {
    console.info(`[outbox] would send to ${mail.to}: ${mail.subject}`);
    await db.outboxEmail.update({
      where: { id: mail.id },
      data: {
        attempts: { increment: 1 },
        lastError: "未安装邮件发送组件（nodemailer），仅记录 / no mail transport installed: logged only",
      },
    });
  }
  return { queued, logged: pending.length, mode: "log-only" };
}

export interface OutboxRowDto {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

/** The administrator's view of the queue (newest first). */
export async function listOutbox(
  actor: Actor,
  take = 100,
): Promise<{ rows: OutboxRowDto[]; pending: number; smtpConfigured: boolean }> {
  assertStaffRole(actor, ["ADMIN", "EXAM_OFFICER"]);
  const [rows, pending] = await Promise.all([
    db.outboxEmail.findMany({
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, to: true, subject: true, body: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
    }),
    db.outboxEmail.count({ where: { sentAt: null } }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null })),
    pending,
    smtpConfigured: Boolean(process.env.SMTP_URL),
  };
}
