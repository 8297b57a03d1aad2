import "server-only";
import type { Tx } from "@/lib/db";
import { aboutCandidate, digestLine, digestList } from "@/lib/domain/clerk-wording";
import {
  chineseText,
  type DigestLine,
  type inboxMessage,
  type InboxMessageKind,
  type StoredParams,
} from "@/lib/i18n/stored-message";

export interface NotificationInput {
  applicationId?: string | null;
  title: string;
  body: string;
  /** Reminders pass one so that a job running twice sends one message. */
  dedupeKey?: string;
  /** The message's kind and values (ADR 123): the inbox shows it in the reader's language. */
  key?: InboxMessageKind;
  params?: StoredParams;
}

/** The stored form of a message's kind and values (the values are encrypted like the body). */
function keyed(message: { key?: InboxMessageKind; params?: StoredParams }) {
  return message.key ? { messageKey: message.key, messageParams: JSON.stringify(message.params ?? {}) } : {};
}

/** A keyed message (`inboxMessage`) as a Notification row's columns: its Chinese words, kind and values. */
export function messageColumns(message: ReturnType<typeof inboxMessage>) {
  return { title: message.title, body: message.body, ...keyed(message) };
}

/** The clerk's wording of a message written to a candidate: about the named candidate (issue 13 item 9). */
function forClerk(message: { title: string; body: string }, name: string) {
  const body = aboutCandidate(message.body, name);
  return { title: message.title, body: body.includes(name) ? body : `考生${name}：${body}` };
}

/**
 * Puts a message in the inbox of whoever applied: the candidate's user (individual channel) or
 * the institution (institution channel), inside the caller's transaction. An email goes to the
 * outbox too when the candidate has one on file (SMTP is optional; see docs). The institution's
 * copy names the candidate and speaks about them, not to them (issue 13 item 9).
 */
export async function notifyApplicant(
  tx: Tx,
  applicationId: string,
  message: Omit<NotificationInput, "applicationId">,
): Promise<void> {
  const application = await tx.application.findUnique({
    where: { id: applicationId },
    select: { channel: true, institutionId: true, candidate: { select: { userId: true, name: true } } },
  });
  if (!application) return;
  const institution = application.channel === "INSTITUTION";
  const recipient = institution ? { institutionId: application.institutionId } : { userId: application.candidate.userId };
  if (!recipient.institutionId && !("userId" in recipient && recipient.userId)) return;
  const text = institution ? forClerk(message, application.candidate.name) : { title: message.title, body: message.body };
  await tx.notification.upsert({
    where: { dedupeKey: message.dedupeKey ?? `once:${crypto.randomUUID()}` },
    create: { ...recipient, applicationId, ...text, ...keyed(message), dedupeKey: message.dedupeKey ?? null },
    update: {},
    select: { id: true },
  });
}

export interface EventNotification {
  title: string;
  /** The institution's title when it differs from the candidate's (ADR 123: the stored words are the institution kind's zh-CN title). */
  institutionTitle?: string;
  /** One key per event (a payment, a plan's notice): a job or a click run twice sends nothing more. */
  eventKey: string;
  /** The sentence to each candidate who applied in person, and the detail the digest line adds (a score). */
  bodyFor: (applicationId: string) => string;
  detailFor?: (applicationId: string) => string | undefined;
  /** ADR 123: what each digest line adds, as a key and values (a score, a seat, a refund); its Chinese words replace `detailFor`. */
  lineFor?: (applicationId: string) => Omit<DigestLine, "name"> | undefined;
  /** The institution's one message for the event: what happened, to whom (the lines name them). */
  institutionBody: (list: string, count: number) => string;
  /** ADR 123: the kinds and values of both messages, for the inbox in the reader's language. */
  keys?: {
    candidate: InboxMessageKind;
    paramsFor: (applicationId: string) => StoredParams;
    institution: InboxMessageKind;
    institutionParams: (list: string, count: number) => StoredParams;
  };
}

/**
 * Issue 13 item 9: one event (a receipt returned, tickets issued, a notice published) that
 * touches many applications sends each candidate who applied in person their own message, and
 * each institution ONE message naming its candidates, instead of one identical nameless message
 * per candidate.
 */
export async function notifyEvent(tx: Tx, applicationIds: readonly string[], event: EventNotification): Promise<void> {
  if (applicationIds.length === 0) return;
  const rows = await tx.application.findMany({
    where: { id: { in: [...applicationIds] } },
    select: { id: true, channel: true, institutionId: true, candidate: { select: { userId: true, name: true } } },
  });
  const byInstitution = new Map<string, typeof rows>();
  for (const row of rows) {
    if (row.channel === "INSTITUTION" && row.institutionId) {
      byInstitution.set(row.institutionId, [...(byInstitution.get(row.institutionId) ?? []), row]);
    } else if (row.candidate.userId) {
      const dedupeKey = `${event.eventKey}:${row.id}`;
      await tx.notification.upsert({
        where: { dedupeKey },
        create: {
          userId: row.candidate.userId,
          applicationId: row.id,
          title: event.title,
          body: event.bodyFor(row.id),
          ...(event.keys ? keyed({ key: event.keys.candidate, params: event.keys.paramsFor(row.id) }) : {}),
          dedupeKey,
        },
        update: {},
        select: { id: true },
      });
    }
  }
  const collator = new Intl.Collator("zh-CN");
  for (const [institutionId, mine] of byInstitution) {
    const lines = mine
      .sort((a, b) => collator.compare(a.candidate.name, b.candidate.name))
      .map((r) => ({ name: r.candidate.name, ...event.lineFor?.(r.id), id: r.id }));
    const detail = (l: (typeof lines)[number]) => (l.key ? chineseText(l.key, l.params) : event.detailFor?.(l.id));
    const dedupeKey = `${event.eventKey}:institution:${institutionId}`;
    const list = digestList(lines.map((l) => digestLine(l.name, detail(l))));
    // The keyed lines, so the inbox says each in the reader's language (the Chinese `list` stays for the email copy).
    const keyedLines: StoredParams = event.lineFor
      ? { lines: JSON.stringify(lines.map(({ name, key, params }) => (key ? { name, key, params } : { name }))) }
      : {};
    await tx.notification.upsert({
      where: { dedupeKey },
      create: {
        institutionId,
        applicationId: mine.length === 1 ? mine[0]!.id : null,
        title: event.institutionTitle ?? event.title,
        body: event.institutionBody(list, mine.length),
        ...(event.keys
          ? keyed({ key: event.keys.institution, params: { ...event.keys.institutionParams(list, mine.length), ...keyedLines } })
          : {}),
        dedupeKey,
      },
      update: {},
      select: { id: true },
    });
  }
}

export interface KeyedEvent {
  eventKey: string;
  /** The kind and values of each candidate's message (the title is the candidate kind's). */
  candidate: InboxMessageKind;
  paramsFor: (applicationId: string) => StoredParams;
  /** The kind and values of the institution's one message; `list` names its candidates. */
  institution: InboxMessageKind;
  institutionParams: (list: string, count: number) => StoredParams;
  detailFor?: (applicationId: string) => string | undefined;
  lineFor?: EventNotification["lineFor"];
}

/**
 * An event whose messages are keys (ADR 123): the Chinese words written beside them (the email
 * copy, the staff history) are the zh-CN rendering of the same keys, so both can never differ.
 */
export function keyedEvent(e: KeyedEvent): EventNotification {
  return {
    title: chineseText(`inboxMessages.${e.candidate}.title`),
    institutionTitle: chineseText(`inboxMessages.${e.institution}.title`),
    eventKey: e.eventKey,
    bodyFor: (id) => chineseText(`inboxMessages.${e.candidate}.body`, e.paramsFor(id)),
    detailFor: e.detailFor,
    lineFor: e.lineFor,
    institutionBody: (list, count) => chineseText(`inboxMessages.${e.institution}.body`, e.institutionParams(list, count)),
    keys: {
      candidate: e.candidate,
      paramsFor: e.paramsFor,
      institution: e.institution,
      institutionParams: e.institutionParams,
    },
  };
}
