"use client";

import type { InputHTMLAttributes } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormField } from "@/components/forms/form-field";
import type { ActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { useFailureText } from "@/components/ui/failure-text";

/** A failed action result, or null: what a form keeps after a refusal (its failures and values). */
export type FailedState = Extract<ActionResult, { ok: false }> | null;

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "form" | "defaultValue"> & { defaultValue?: string };

/**
 * A text input of a form. With `form` (a `useActionForm` form, ADR 133): registered with
 * react-hook-form, its failure client or server, its value kept from the action's answer (a
 * password never). With `state`: a plain `<form action>` not converted yet (issue 15).
 */
export function TextField<Name extends string>(
  props: { id?: string; name: Name; label: string; hint?: string } & InputProps &
    ({ form: ActionForm<Name>; state?: never } | { form?: never; state: FailedState }),
) {
  if (props.form) {
    const { id, name, label, hint, form, state: _state, defaultValue, ...input } = props;
    const keepValue = input.type !== "password";
    return (
      <FormField form={form} id={id} name={name} label={label} hint={hint} defaultValue={defaultValue}>
        {({ defaultValue: kept, ...control }) => (
          <input {...input} {...control} defaultValue={keepValue ? (kept ?? "") : undefined} className={inputClass} />
        )}
      </FormField>
    );
  }
  return <LegacyTextField {...props} state={props.state ?? null} />;
}

function LegacyTextField({
  id,
  name,
  label,
  hint,
  state,
  form: _form,
  ...input
}: { id?: string; name: string; label: string; hint?: string; state: FailedState; form?: unknown } & InputProps) {
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
