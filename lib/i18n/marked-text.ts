import { toFailure, type FailureInput } from "@/lib/action-result";
import { failureText, type RootTranslator } from "./failure-text";

/**
 * ADR 123: a failure's Chinese values (a typed occupation, the catalog's lists that have no
 * English) stay as written inside the reader's sentence and are marked lang="zh-CN". A page that
 * ships no messages (the public self-check, ADR 050) receives the sentence as one string, so the
 * values are wrapped in two characters no message contains and the component splits them again.
 */
const HAN = /\p{Script=Han}/u;
const OPEN = "\u0001";
const CLOSE = "\u0002";
const MARKED = /\u0001([^\u0002]*)\u0002/;

/** The failure's sentence with each Chinese value wrapped (see `markedParts`). */
export function markedFailureText(t: RootTranslator, failure: FailureInput): string {
  const { key, params } = toFailure(failure);
  const wrapped: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === "string" && HAN.test(value)) wrapped[name] = `${OPEN}${value}${CLOSE}`;
    else if (typeof value === "string" || typeof value === "number") wrapped[name] = value;
  }
  return failureText(t, { key, params: wrapped });
}

/** A sentence from `markedFailureText` as its parts: the reader's words, and the values kept in Chinese. */
export function markedParts(text: string): { text: string; zh: boolean }[] {
  // split with a capturing group: text, value, text, value, …
  return text
    .split(MARKED)
    .map((part, i) => ({ text: part, zh: i % 2 === 1 }))
    .filter((p) => p.text !== "");
}
