"use client";

import { useTranslations } from "next-intl";
import type { FailureMessage } from "@/lib/action-result";
import { failureText } from "@/lib/i18n/failure-text";

/**
 * Errors from actions are message keys or, for roster rows and file checks, a rule's sentence
 * (`RuleText`): the first translated, the second shown as it is (failureText tells them apart).
 */
export function useMessage() {
  const tr = useTranslations();
  return (message: FailureMessage) => failureText(tr, message);
}
