import { createTranslator } from "next-intl";
import { toFailure, type FailureInput } from "@/lib/action-result";
import { MESSAGES } from "@/messages";
import { failureText, type RootTranslator } from "./failure-text";

export type Locale = "zh-CN" | "en";

/** Resolves a message key such as `errors.idNumber.checksum` outside React (API responses). */
export function translateKey(key: string, locale: Locale = "zh-CN"): string {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : key;
}

const translators = {
  "zh-CN": createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] }),
  en: createTranslator({ locale: "en", messages: MESSAGES.en }),
};

/** The root translator of a locale outside React (a workbook's lines, ADR 154). */
export function translatorFor(locale: Locale): RootTranslator {
  return translators[locale];
}

/** A failure said outside React (API responses, reports kept as text): `failureText` with the locale's messages. */
export function translateFailure(failure: FailureInput, locale: Locale = "zh-CN"): string {
  return failureText(translators[locale], toFailure(failure));
}
