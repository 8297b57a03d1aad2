"use client";

import { useTranslations, type TranslationValues } from "next-intl";
import { useActionState } from "react";
import type { ActionResult, FailureMessage } from "@/lib/action-result";
import { failureText } from "@/lib/i18n/failure-text";

/**
 * The staff forms' common wiring: `<form action>` + useActionState (works before JavaScript
 * loads), message keys translated here with the values the action returned as parameters
 * (e.g. "座位不足：需要 {needed} 个，空余 {available} 个").
 */
export function useStaffAction<T>(action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const translate = (message: FailureMessage, params: TranslationValues = {}) => failureText(tr, message, params);
  return {
    state,
    formAction,
    pending,
    data: state?.ok ? state.data : null,
    formError: failed?.formError ? translate(failed.formError, failed.values) : null,
    fieldError: (name: string) => {
      const key = failed?.fieldErrors[name]?.[0];
      return key ? translate(key, failed.values) : undefined;
    },
    value: (name: string, fallback = "") => failed?.values[name] ?? fallback,
    translate,
  };
}
