"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { useFailureText } from "@/components/ui/failure-text";

/**
 * The staff forms' common wiring: `<form action>` + useActionState (works before JavaScript
 * loads), failures said here with the parameters they carry (e.g. "座位不足：需要 {needed} 个，
 * 空余 {available} 个", ADR 130).
 */
export function useStaffAction<T>(action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const say = useFailureText();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return {
    state,
    formAction,
    pending,
    data: state?.ok ? state.data : null,
    formError: say(failed?.formError) ?? null,
    fieldError: (name: string) => say(failed?.fieldErrors[name]?.[0]),
    value: (name: string, fallback = "") => failed?.values[name] ?? fallback,
    translate: say,
  };
}
