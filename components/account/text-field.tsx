"use client";

import type { InputHTMLAttributes } from "react";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { useFailureText } from "@/components/ui/failure-text";

/** A failed action result, or null: what a form keeps after a refusal (its failures and values). */
export type FailedState = Extract<ActionResult, { ok: false }> | null;

/** A field of a plain `<form action>`: keeps what was typed (defaultValue from the action's values). */
export function TextField({
  id,
  name,
  label,
  hint,
  state,
  ...input
}: { id?: string; name: string; label: string; hint?: string; state: FailedState } & InputHTMLAttributes<HTMLInputElement>) {
  const say = useFailureText();
  const key = state?.fieldErrors[name]?.[0];
  const keepValue = input.type !== "password";
  return (
    <Field id={id ?? name} label={label} hint={hint} error={say(key)}>
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

export function failureOf(state: ActionResult<unknown> | null): FailedState {
  return state && !state.ok ? state : null;
}
