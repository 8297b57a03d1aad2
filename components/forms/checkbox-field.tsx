"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { useFailureText } from "./failure";
import type { ActionForm } from "./use-action-form";

/**
 * A checkbox of a `useActionForm` form (ADR 133) with its own id, so the same form can repeat on a
 * page (one per table row): registered with react-hook-form, ticked again when the action sends
 * the form back (`"on"`), its failure client or server under it.
 */
export function CheckboxField<Name extends string>({
  form,
  name,
  id,
  label,
  className,
}: {
  form: ActionForm<Name>;
  name: Name;
  id: string;
  label: ReactNode;
  className?: string;
}) {
  const text = useFailureText();
  const failure = form.errorOf(name);
  const errorId = failure ? `${id}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          id={id}
          {...form.register(name)}
          defaultChecked={form.keptValue(name) === "on"}
          aria-invalid={Boolean(failure)}
          aria-describedby={errorId}
          className="size-5 shrink-0"
        />
        <span>{label}</span>
      </label>
      {failure ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {text(failure)}
        </p>
      ) : null}
    </div>
  );
}

/** The ids a form carries (ADR 133: unbound actions), registered so the browser's check sees them. */
export function HiddenFields<Name extends string>({
  form,
  values,
}: {
  form: ActionForm<Name>;
  values: Partial<Record<Name, string>>;
}) {
  return (
    <>
      {(Object.entries(values) as [Name, string | undefined][]).map(([name, value]) => (
        <input key={name} type="hidden" {...form.register(name)} defaultValue={value ?? ""} />
      ))}
    </>
  );
}
