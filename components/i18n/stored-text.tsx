import { Fragment } from "react";
import { AS_WRITTEN, renderStored } from "@/lib/i18n/stored-message";
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
 * same way.
 */
export function StoredText({ t, locale, messageKey, params, fallback, className, as: Tag = "p" }: StoredTextProps) {
  const values = (typeof params === "string" ? safeJson(params) : params) as Record<string, unknown> | null;
  const written: string[] = [];
  const withSlots: Record<string, unknown> = { ...(values ?? {}) };
  for (const name of AS_WRITTEN) {
    const value = values?.[name];
    if (typeof value === "string") {
      withSlots[name] = slot(written.length);
      written.push(value);
    }
  }
  const text = messageKey ? renderStored(t, locale, messageKey, withSlots) : null;
  if (text === null) {
    if (!fallback) return null;
    return (
      <Tag className={className} lang={HAN.test(fallback) ? "zh-CN" : undefined}>
        {fallback}
      </Tag>
    );
  }
  // split with a capturing group: text, slot index, text, slot index, …
  const parts = text.split(SLOTS);
  return (
    <Tag className={className}>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <span key={i} lang={HAN.test(written[Number(part)] ?? "") ? "zh-CN" : undefined}>
            {written[Number(part)]}
          </span>
        ),
      )}
    </Tag>
  );
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
