"use client";

import type { InputHTMLAttributes } from "react";
import { inputClass } from "@/components/ui/field";
import { FormField } from "@/components/forms/form-field";
import type { ActionForm } from "@/components/forms/use-action-form";
import type { ActionFailure, ActionResult } from "@/lib/action-result";

/** A failed action result, or null: what a form keeps after a refusal (its failures and values). */
export type FailedState = Extract<ActionResult, { ok: false }> | null;

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "form" | "defaultValue"> & { defaultValue?: string };

/**
 * A text input of a `useActionForm` form (ADR 133): registered with react-hook-form, its failure
 * client or server, its value kept from the action's answer (a password never).
 */
export function TextField<Name extends string>({
  id,
  name,
  label,
  hint,
  form,
  defaultValue,
  ...input
}: { id?: string; name: Name; label: string; hint?: string; form: ActionForm<Name> } & InputProps) {
  const keepValue = input.type !== "password";
  return (
    <FormField form={form} id={id} name={name} label={label} hint={hint} defaultValue={defaultValue}>
      {({ defaultValue: kept, ...control }) => (
        <input {...input} {...control} defaultValue={keepValue ? (kept ?? "") : undefined} className={inputClass} />
      )}
    </FormField>
  );
}

/** A failed action result, or null (forms on plain `useActionState`: uploads, institution and staff forms). */
export function failureOf<Shown = never>(state: ActionResult<unknown, Shown> | null): ActionFailure<Shown> | null {
  return state && !state.ok ? state : null;
}
