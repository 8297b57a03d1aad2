import { Fragment, type ReactNode } from "react";
import { AS_WRITTEN, asParams, digestLines, renderStored, type DigestLine } from "@/lib/i18n/stored-message";
import type { RootTranslator } from "@/lib/i18n/failure-text";

const HAN = /\p{Script=Han}/u;
/** A stand-in for the n-th value shown as written: a character no message contains. */
const slot = (n: number) => `\u0000${n}\u0000`;
const SLOTS = /\u0000(\d+)\u0000/;

export interface StoredTextProps {
  /** The root translator of the page (`getTranslations()`). */
  t: RootTranslator;
  locale: string;
  /** The message key and values stored with the row (ADR 123), if it has them. */
  messageKey: string | null;
  params: unknown;
  /** The Chinese words stored with the row: shown, marked lang="zh-CN", when there is no key. */
  fallback: string | null;
  className?: string;
  /** The element: a paragraph (a timeline note, an inbox body) or a span (an inbox title). */
  as?: "p" | "span";
}

/**
 * A timeline note or an inbox message in the reader's language (issue 16 item 7). The values
 * shown as written (AS_WRITTEN: a reviewer's reason, a list of names, a site's name) are marked as
 * Chinese when they are; a row written before keys existed shows its Chinese words, marked the
 * same way. A digest's keyed lines (`lines`: each candidate's score, seat, refund) are put into
 * words in the reader's language, the names marked.
 */
export function StoredText({ t, locale, messageKey, params, fallback, className, as: Tag = "p" }: StoredTextProps) {
  const content = messageKey ? renderMarked(t, locale, messageKey, params) : null;
  if (content === null) {
    if (!fallback) return null;
    return (
      <Tag className={className} lang={HAN.test(fallback) ? "zh-CN" : undefined}>
        {fallback}
      </Tag>
    );
  }
  return <Tag className={className}>{content}</Tag>;
}

/** A message with its values shown as written marked, or null when the key is not known. */
function renderMarked(t: RootTranslator, locale: string, key: string, params: unknown): ReactNode | null {
  const values: Record<string, unknown> =
    typeof params === "string"
      ? ((safeJson(params) as Record<string, unknown>) ?? {})
      : ((params ?? {}) as Record<string, unknown>);
  const written: ReactNode[] = [];
  const withSlots: Record<string, unknown> = { ...asParams(values) };
  const lines = digestLines(values.lines);
  delete withSlots.lines;
  if (lines) {
    withSlots.list = slot(written.length);
    written.push(<DigestList t={t} locale={locale} lines={lines} />);
  }
  for (const name of AS_WRITTEN) {
    const value = values[name];
    if (typeof value === "string" && !(name === "list" && lines)) {
      withSlots[name] = slot(written.length);
      written.push(<span lang={HAN.test(value) ? "zh-CN" : undefined}>{value}</span>);
    }
  }
  const text = renderStored(t, locale, key, withSlots);
  return text === null ? null : fill(text, written);
}

/** The text with each slot replaced by its node. */
function fill(text: string, nodes: readonly ReactNode[]): ReactNode {
  // split with a capturing group: text, slot index, text, slot index, …
  return text.split(SLOTS).map((part, i) => <Fragment key={i}>{i % 2 === 0 ? part : nodes[Number(part)]}</Fragment>);
}

/** A digest's lines: each name as written, what the line says in the reader's language; numbered past 3. */
function DigestList({ t, locale, lines }: { t: RootTranslator; locale: string; lines: readonly DigestLine[] }) {
  const items = lines.map((line) => {
    const name = <span lang={HAN.test(line.name) ? "zh-CN" : undefined}>{line.name}</span>;
    const detail = line.key ? renderMarked(t, locale, line.key, line.params ?? {}) : null;
    return detail === null ? name : fill(t("inbox.digest.line", { name: slot(0), detail: slot(1) }), [name, detail]);
  });
  if (items.length <= 3) {
    const separator = t("inbox.digest.separator");
    return items.map((item, i) => (
      <Fragment key={i}>
        {i > 0 ? separator : null}
        {item}
      </Fragment>
    ));
  }
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 ? "\n" : null}
      {`${i + 1}. `}
      {item}
    </Fragment>
  ));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Re-exported for the pages that already import it from here. */
export { MarkedFailure } from "./marked-failure";
