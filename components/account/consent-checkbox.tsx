"use client";

import type { ReactNode } from "react";
import { useFailureText } from "@/components/forms/failure";
import type { ActionForm } from "@/components/forms/use-action-form";

/**
 * An unticked consent box of a `useActionForm` form (ADR 133): registered with react-hook-form,
 * its failure client or server; it stays as the person left it when the form comes back.
 */
export function ConsentCheckbox<Name extends string>({
  name,
  label,
  form,
}: {
  name: Name;
  label: ReactNode;
  form: ActionForm<Name>;
}) {
  const text = useFailureText();
  const failure = form.errorOf(name);
  const error = failure ? text(failure) : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          id={name}
          {...form.register(name)}
          defaultChecked={form.keptValue(name) === "on"}
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
