import { renderStored } from "@/lib/i18n/stored-message";
import type { RootTranslator } from "@/lib/i18n/failure-text";

const HAN = /\p{Script=Han}/u;
const SLOT = "\u0000";

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
}

/**
 * A timeline note or an inbox message in the reader's language (issue 16 item 7). The words a
 * person typed (`detail`: a reviewer's reason) are shown as written, marked as Chinese when they
 * are; a row written before keys existed shows its Chinese words, marked the same way.
 */
export function StoredText({ t, locale, messageKey, params, fallback, className }: StoredTextProps) {
  const detail =
    typeof (params as { detail?: unknown } | null)?.detail === "string" ? (params as { detail: string }).detail : null;
  const withSlot = detail === null ? params : { ...(params as object), detail: SLOT };
  const text = messageKey ? renderStored(t, locale, messageKey, withSlot) : null;
  if (text === null) {
    if (!fallback) return null;
    return (
      <p className={className} lang={HAN.test(fallback) ? "zh-CN" : undefined}>
        {fallback}
      </p>
    );
  }
  const [before, after] = detail === null ? [text, null] : splitOnce(text, SLOT);
  return (
    <p className={className}>
      {before}
      {detail !== null ? <span lang={HAN.test(detail) ? "zh-CN" : undefined}>{detail}</span> : null}
      {after}
    </p>
  );
}

function splitOnce(text: string, slot: string): [string, string | null] {
  const at = text.indexOf(slot);
  return at < 0 ? [text, null] : [text.slice(0, at), text.slice(at + slot.length)];
}
