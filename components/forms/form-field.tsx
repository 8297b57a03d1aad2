"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { useFailureText } from "./failure";
import type { ActionForm } from "./use-action-form";

/** What a control of an action form spreads: its registration, its accessibility wiring and the kept value. */
export type FormControlProps = UseFormRegisterReturn & {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
  /** What the action sent back, or the caller's default: rendered, so a post without JavaScript keeps it. */
  defaultValue: string | undefined;
};

/**
 * A labelled control of a `useActionForm` form (ADR 133): any input, select or textarea, given
 * its props by `children`. The error is the field's failure, client or server, as text.
 */
export function FormField<Name extends string>({
  form,
  name,
  id,
  label,
  hint,
  defaultValue,
  children,
}: {
  form: ActionForm<Name>;
  name: Name;
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The value before any post (saved data from the page). */
  defaultValue?: string | undefined;
  children: (props: FormControlProps) => ReactNode;
}) {
  const text = useFailureText();
  const failure = form.errorOf(name);
  return (
    <Field id={id ?? name} label={label} hint={hint} error={failure ? text(failure) : undefined}>
      {(a) => children({ ...a, ...form.register(name), defaultValue: form.keptValue(name) ?? defaultValue })}
    </Field>
  );
}
