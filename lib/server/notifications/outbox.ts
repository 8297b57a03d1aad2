import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { MAX_ATTEMPTS, outboxState, type OutboxState } from "./delivery-policy";
import { sendDueEmails } from "./send-due-emails";
import { smtpConfig } from "./smtp-config";

/**
 * Email copies of inbox messages (ADR 024, sending: ADR 045). notifyApplicant writes the inbox row inside each
 * decision's transaction; this queue is filled afterwards from those rows, so a mail server
 * that is down or absent never blocks a decision. One row per notification (unique
 * notificationId): running twice queues once. A user who gives an address gets the messages
 * from then on (`emailSince`), not a mail for every message already in the inbox.
 */
export async function enqueueOutboxEmails(): Promise<number> {
  const at = now(); // the one clock (issue 12 item 11), not the database's
  const personal = await db.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "notificationId", "to", subject, body, "createdAt")
    SELECT gen_random_uuid(), n.id, u.email, n.title, n.body, ${at}
    FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE u.email IS NOT NULL AND u.email <> ''
      AND n."createdAt" >= u."emailSince"
      AND NOT EXISTS (SELECT 1 FROM "OutboxEmail" o WHERE o."notificationId" = n.id)
    ON CONFLICT ("notificationId") DO NOTHING`;
  // An institution's message goes to every one of its users who gave an address, as one email.
  const institutional = await db.$executeRaw`
    INSERT INTO "OutboxEmail" (id, "notificationId", "to", subject, body, "createdAt")
    SELECT gen_random_uuid(), n.id, addresses.list, n.title, n.body, ${at}
    FROM "Notification" n
    JOIN LATERAL (
      SELECT string_agg(u.email, ', ' ORDER BY u.email) AS list FROM "User" u
      WHERE u."institutionId" = n."institutionId" AND u.email IS NOT NULL AND u.email <> ''
        AND n."createdAt" >= u."emailSince"
    ) addresses ON addresses.list IS NOT NULL
    WHERE n."institutionId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "OutboxEmail" o WHERE o."notificationId" = n.id)
    ON CONFLICT ("notificationId") DO NOTHING`;
  return personal + institutional;
}

export type DrainMode = "no-smtp" | "smtp";

export interface DrainReport {
  queued: number;
  sent: number;
  failed: number;
  mode: DrainMode;
}

/**
 * Queues new emails, then sends the due ones when SMTP_URL names a mail server (ADR 045);
 * without it the administrator reads the queue at /staff/exam/outbox. Safe to run from several
 * instances at once: each email is claimed by one drain.
 */
export async function drainOutbox(limit = 100): Promise<DrainReport> {
  const queued = await enqueueOutboxEmails();
  const config = smtpConfig();
  if (!config) return { queued, sent: 0, failed: 0, mode: "no-smtp" };
  return { queued, ...(await sendDueEmails(config, limit)), mode: "smtp" };
}

export interface OutboxRowDto {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  /** While retrying: not before this instant. */
  nextAttemptAt: string | null;
}

export interface OutboxDto {
  rows: OutboxRowDto[];
  /** Still to be sent, including those waiting for a retry. */
  pending: number;
  /** Given up after MAX_ATTEMPTS. */
  failed: number;
  maxAttempts: number;
  smtpConfigured: boolean;
}

/** The administrator's view of the queue (newest first). */
export async function listOutbox(actor: Actor, take = 100): Promise<OutboxDto> {
  assertStaffRole(actor, ["ADMIN", "EXAM_OFFICER"]);
  const [rows, pending, failed] = await Promise.all([
    db.outboxEmail.findMany({
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        to: true,
        subject: true,
        body: true,
        createdAt: true,
        sentAt: true,
        attempts: true,
        lastError: true,
        nextAttemptAt: true,
      },
    }),
    db.outboxEmail.count({ where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } } }),
    db.outboxEmail.count({ where: { sentAt: null, attempts: { gte: MAX_ATTEMPTS } } }),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      state: outboxState(r),
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      nextAttemptAt: r.nextAttemptAt?.toISOString() ?? null,
    })),
    pending,
    failed,
    maxAttempts: MAX_ATTEMPTS,
    smtpConfigured: smtpConfig() !== null,
  };
}
