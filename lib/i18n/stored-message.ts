import { createTranslator } from "next-intl";
import { MESSAGES } from "@/messages";
import { evidenceText, projectName } from "@/lib/domain/catalog/names";
import { formatDateTime, formatMoney } from "./format";
import { isKnownKey, type MessageKey, type MessageParams, type NamespaceKey } from "./message-key";
import type { RootTranslator } from "./failure-text";

/**
 * Issue 16 item 7 (ADR 123): timeline notes and inbox messages are stored as a message key and
 * its values, and put into words in the reader's language when shown. The values hold what the
 * sentence needs and nothing more: codes, amounts in fen, ISO dates, the catalog's Chinese
 * project name (translated here through the catalog), and under `detail` the words a person typed
 * (a reviewer's reason), which are shown as written.
 *
 * Conventions of the values: `…Fen` is an amount (formatted by locale), `…At` an instant (ISO,
 * formatted by locale in Beijing time), `project` a project's catalog name, `evidence` a
 * condition's evidence text; everything else is shown as it is. The values in AS_WRITTEN are
 * words as a person or a record holds them (a reviewer's reason, a list of names, a site's name):
 * the page marks them lang="zh-CN" when they are Chinese.
 */
export type StoredParams = MessageParams;

/** Values shown as written (ADR 123): typed words, names and lists of names, places' names, who collected certificates. */
export const AS_WRITTEN = ["detail", "list", "site", "room", "collector"] as const;

/** A timeline note's key. */
export type TimelineNoteKey = MessageKey & `timelineNotes.${string}`;

const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });

/** The values as the reader's language shows them. */
export function localParams(params: StoredParams, locale: string): StoredParams {
  const out: StoredParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith("Fen") && typeof value === "number") out[name] = formatMoney(value, locale);
    else if (name.endsWith("At") && typeof value === "string") out[name] = formatDateTime(value, locale);
    else if (name === "project" && typeof value === "string") out[name] = projectName(value, locale);
    else if (name === "evidence" && typeof value === "string") out[name] = evidenceText(value, locale);
    else out[name] = value;
  }
  return out;
}

/** The message in the reader's language, or null when the key is not (or no longer) known. */
export function renderStored(t: RootTranslator, locale: string, key: string, params: unknown): string | null {
  if (!isKnownKey(t, key)) return null;
  return t(key, localParams(asParams(params), locale));
}

/** The Chinese words of a key, written beside it for the readers that keep Chinese (emails, staff history, exports). */
export function chineseText(key: MessageKey, params: StoredParams = {}): string {
  return zh(key, localParams(params, "zh-CN"));
}

/** A stored JSON value back as message values (anything else is dropped). */
export function asParams(value: unknown): StoredParams {
  const parsed: unknown = typeof value === "string" ? safeJson(value) : value;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const out: StoredParams = {};
  for (const [name, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof v === "string" || typeof v === "number") out[name] = v;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** An ApplicationEvent's note: the key and values, and the Chinese words for the readers that keep them. */
export function eventNote(key: TimelineNoteKey, params: StoredParams = {}) {
  return { note: chineseText(key, params), noteKey: key, noteParams: params };
}

/** An inbox message's kind: a group of `inboxMessages` with a title and a body. */
export type InboxMessageKind = NamespaceKey<"inboxMessages"> extends infer K ? (K extends `${infer G}.title` ? G : never) : never;

/** An inbox message as stored: its kind and values, and its Chinese words (the email copy, older readers). */
export function inboxMessage(kind: InboxMessageKind, params: StoredParams) {
  return {
    title: chineseText(`inboxMessages.${kind}.title`, params),
    body: chineseText(`inboxMessages.${kind}.body`, params),
    key: kind,
    params,
  };
}

/** Title and body of a stored inbox message in the reader's language, or null (an older row, an unknown kind). */
export function renderInboxMessage(t: RootTranslator, locale: string, kind: string | null, params: unknown) {
  if (!kind) return null;
  const title = renderStored(t, locale, `inboxMessages.${kind}.title`, params);
  const body = renderStored(t, locale, `inboxMessages.${kind}.body`, params);
  return title === null || body === null ? null : { title, body };
}

/**
 * One line of an institution's digest (ADR 123): the candidate's name as written and, when the
 * line says more, an `inbox.digest.*` key and its values (a score, a seat, a refund).
 */
export interface DigestLine {
  name: string;
  key?: MessageKey & `inbox.digest.${string}`;
  params?: StoredParams;
}

/** A digest's lines as stored under the message value `lines` (a JSON string), or null. */
export function digestLines(value: unknown): DigestLine[] | null {
  const parsed: unknown = typeof value === "string" ? safeJson(value) : null;
  if (!Array.isArray(parsed)) return null;
  const lines: DigestLine[] = [];
  for (const item of parsed as unknown[]) {
    if (typeof item !== "object" || item === null) return null;
    const { name, key, params } = item as Record<string, unknown>;
    if (typeof name !== "string") return null;
    lines.push(
      typeof key === "string" && key.startsWith("inbox.digest.")
        ? { name, key: key as DigestLine["key"], params: asParams(params) }
        : { name },
    );
  }
  return lines;
}
