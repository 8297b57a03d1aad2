"use client";

import { failureText } from "@/lib/i18n/failure-text";
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";

export type Failure = Extract<ActionResult, { ok: false }> | null;

/** A field of a plain `<form action>`: keeps what was typed (defaultValue from the action's values). */
export function TextField({
  id,
  name,
  label,
  hint,
  state,
  ...input
}: { id?: string; name: string; label: string; hint?: string; state: Failure } & InputHTMLAttributes<HTMLInputElement>) {
  const tr = useTranslations();
  const key = state?.fieldErrors[name]?.[0];
  const keepValue = input.type !== "password";
  return (
    <Field id={id ?? name} label={label} hint={hint} error={key ? failureText(tr, key) : undefined}>
      {(a) => (
        <input
          {...a}
          {...input}
          name={name}
          defaultValue={keepValue ? (state?.values[name] ?? input.defaultValue ?? "") : undefined}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function failureOf(state: ActionResult<unknown> | null): Failure {
  return state && !state.ok ? state : null;
}
