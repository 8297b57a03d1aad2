"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";

type Params = Record<string, string | number>;

/**
 * The staff forms' common wiring: `<form action>` + useActionState (works before JavaScript
 * loads), message keys translated here with the values the action returned as parameters
 * (e.g. "座位不足：需要 {needed} 个，空余 {available} 个").
 */
export function useStaffAction<T>(action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const translate = (key: string, params: Params = {}) => tr(key as never, params as never);
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
