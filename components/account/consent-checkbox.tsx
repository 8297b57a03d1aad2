"use client";

import type { ReactNode } from "react";
import { useFailureText } from "@/components/forms/failure";
import type { ActionForm } from "@/components/forms/use-action-form";

/**
 * An unticked consent box; it stays as the person left it when the form comes back. With `form`
 * (ADR 133) it is registered with react-hook-form and shows its failure, client or server; without,
 * the caller passes the error text and the ticked state (forms not converted yet).
 */
export function ConsentCheckbox<Name extends string>(
  props: { name: Name; label: ReactNode } & (
    { form: ActionForm<Name>; error?: never; checked?: never } | { form?: never; error?: string | undefined; checked: boolean }
  ),
) {
  const text = useFailureText();
  const { name, label, form } = props;
  const failure = form?.errorOf(name);
  const error = form ? (failure ? text(failure) : undefined) : props.error;
  const checked = form ? form.keptValue(name) === "on" : props.checked;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          id={name}
          {...(form ? form.register(name) : { name })}
          defaultChecked={checked}
          aria-invalid={Boolean(error)}
          aria-describedby={errorId}
          className="mt-1 size-4"
        />
        <span>{label}</span>
      </label>
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
