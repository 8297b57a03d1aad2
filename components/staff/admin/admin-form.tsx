"use client";

import type { MessageKey } from "@/lib/i18n/message-key";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/cn";
import { FormError, useFailureText } from "@/components/ui/failure-text";

export interface AdminField {
  name: string;
  label: string;
  type: "text" | "email" | "date" | "password" | "textarea" | "checkbox" | "checkboxes" | "select";
  defaultValue?: string;
  /** For checkboxes: the values checked at first. For select and checkboxes: `options`. */
  defaultValues?: string[];
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
}

type Data = { warnings?: MessageKey[] } | undefined;

/**
 * The administration pages' forms, described as data so a server page can lay them out: each
 * field wired to its error (aria-invalid, aria-describedby), values kept after a refusal.
 */
export function AdminForm<T extends Data>({
  action,
  fields,
  submitLabel,
  successMessage,
  className,
}: {
  action: (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
  fields: AdminField[];
  submitLabel: string;
  successMessage?: string;
  className?: string;
}) {
  const tr = useTranslations();
  const say = useFailureText();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  const value = (f: AdminField) => failed?.values[f.name] ?? f.defaultValue ?? "";
  return (
    <form action={formAction} className={cn("flex flex-col gap-3", className)}>
      {fields.map((f) =>
        f.type === "checkboxes" ? (
          <fieldset key={f.name} aria-describedby={error(f.name) ? `${f.name}-error` : undefined}>
            <legend className="font-medium">{f.label}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {(f.options ?? []).map((o) => (
                <label key={o.value} className="flex min-h-9 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={f.name}
                    value={o.value}
                    defaultChecked={f.defaultValues?.includes(o.value)}
                    className="size-5"
                  />
                  {o.label}
                </label>
              ))}
            </div>
            {error(f.name) ? (
              <p id={`${f.name}-error`} role="alert" className="text-sm font-medium text-red-700">
                {error(f.name)}
              </p>
            ) : null}
          </fieldset>
        ) : f.type === "checkbox" ? (
          <label key={f.name} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name={f.name} defaultChecked={f.defaultValue === "on"} className="size-5" />
            {f.label}
          </label>
        ) : (
          <Field key={f.name} id={`${f.name}-field`} label={f.label} hint={f.hint} error={error(f.name)}>
            {(a) =>
              f.type === "select" ? (
                <select {...a} name={f.name} defaultValue={value(f)} className={inputClass} required={f.required}>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === "textarea" ? (
                <textarea
                  {...a}
                  name={f.name}
                  rows={3}
                  defaultValue={value(f)}
                  className={`${inputClass} py-2`}
                  required={f.required}
                />
              ) : (
                <input
                  {...a}
                  // An address is a text field with the email keyboard: the browser's own check would
                  // answer before the portal's message (errors.email), in the browser's language.
                  type={f.type === "email" ? "text" : f.type}
                  inputMode={f.type === "email" ? "email" : undefined}
                  spellCheck={f.type === "email" ? false : undefined}
                  name={f.name}
                  defaultValue={f.type === "password" ? undefined : value(f)}
                  className={inputClass}
                  required={f.required}
                />
              )
            }
          </Field>
        ),
      )}
      <FormError failure={failed?.formError} />
      {state?.ok ? (
        <Alert tone="success">
          {successMessage}
          {(state.data?.warnings ?? []).map((w) => (
            <span key={w} className="block">
              {tr(w)}
            </span>
          ))}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending} className="self-start">
        {submitLabel}
      </Button>
    </form>
  );
}

/** A one-button form (publish, deactivate, reset …) that shows its refusal beside it. */
export function ActionButton<T extends Data>({
  action,
  label,
  variant = "secondary",
}: {
  action: (previous: ActionResult<T> | null) => Promise<ActionResult<T>>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const say = useFailureText();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <Button type="submit" variant={variant} disabled={pending} className="min-h-9 px-3 text-sm">
        {label}
      </Button>
      {state && !state.ok && state.formError ? (
        <span role="alert" className="text-sm text-red-700">
          {say(state.formError)}
        </span>
      ) : null}
    </form>
  );
}
