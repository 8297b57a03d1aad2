"use client";

import { useTranslations } from "next-intl";

/**
 * Errors from actions are message keys ("errors.…", "institution.…") or, for roster rows and
 * file checks, finished zh-CN sentences from lib/domain: translate the first, show the second.
 */
export function useMessage() {
  const tr = useTranslations();
  return (text: string) => (/^(errors|institution|institutionBatch|windowRules)\.[\w.-]+$/.test(text) ? tr(text as never) : text);
}
