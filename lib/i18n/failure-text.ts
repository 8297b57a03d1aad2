import type { TranslationValues } from "next-intl";
import type { FailureMessage } from "@/lib/action-result";
import { isKnownKey, type MessageKey } from "./message-key";

/** The root translator (`useTranslations()` / `getTranslations()` without a namespace). */
export interface RootTranslator {
  (key: MessageKey, values?: TranslationValues): string;
  has(key: MessageKey): boolean;
}

/**
 * What a form shows for a failure (ADR 009, 104): a message key translated, with its values; a
 * rule's sentence (`RuleText`) as it is. The translator tells them apart, so no pattern on the
 * text decides it.
 */
export function failureText(t: RootTranslator, message: FailureMessage, values?: TranslationValues): string {
  return isKnownKey(t, message) ? t(message, values) : message;
}
