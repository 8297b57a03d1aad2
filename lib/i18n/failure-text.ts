import type { TranslationValues } from "next-intl";
import { toFailure, type FailureInput } from "@/lib/action-result";
import { isKnownKey, type MessageKey } from "./message-key";

/** The root translator (`useTranslations()` / `getTranslations()` without a namespace). */
export interface RootTranslator {
  (key: MessageKey, values?: TranslationValues): string;
  has(key: MessageKey): boolean;
}

/**
 * The one function that says a failure (ADR 130): its key translated in the page's language with
 * its parameters. A key the messages lack (only possible for data read from outside, since keys
 * are typed) is said as the generic error, never shown raw.
 */
export function failureText(t: RootTranslator, failure: FailureInput): string {
  const { key, params } = toFailure(failure);
  return isKnownKey(t, key) ? t(key, params) : t("errors.generic");
}
