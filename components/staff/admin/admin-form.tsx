"use client";

import type { MessageKey } from "@/lib/i18n/message-key";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import { type ActionForm, type FormAction, type FormSchema, useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { FormError, useFailureText } from "@/components/ui/failure-text";
import { ADMIN_FORM_SCHEMAS, type AdminSchemaName, NO_BROWSER_CHECK } from "./admin-schemas";

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

/** Ids an unbound action reads (ADR 133), rendered as hidden inputs. */
function HiddenInputs({ hidden }: { hidden?: Record<string, string> }) {
  return Object.entries(hidden ?? {}).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/**
 * The administration pages' forms, described as data so a server page can lay them out, on
 * react-hook-form (ADR 133, `useActionForm`): each field checked as it is left with the action's
 * schema when `schema` names one, wired to its error (aria-invalid, aria-describedby), values kept
 * after a refusal; without JavaScript the form posts to the action and the page shows its answer.
 * The action is unbound (ids in `hidden`; lint refuses `action={x.bind(…)}`).
 */
export function AdminForm<T extends Data>({
  action,
  schema,
  hidden,
  fields,
  submitLabel,
  successMessage,
  className,
}: {
  action: FormAction<T>;
  schema?: AdminSchemaName;
  hidden?: Record<string, string>;
  fields: AdminField[];
  submitLabel: string;
  successMessage?: string;
  className?: string;
}) {
  const tr = useTranslations();
  const say = useFailureText();
  const checked: FormSchema = schema ? ADMIN_FORM_SCHEMAS[schema] : NO_BROWSER_CHECK;
  const form = useActionForm({ action, schema: checked });
  // The fields are data from the page: their names are strings, checked by the schema's keys at run time.
  const rhf: ActionForm = form.fields;
  const { state, pending } = form;
  return (
    <form {...form.formProps} className={cn("flex flex-col gap-3", className)}>
      <HiddenInputs hidden={hidden} />
      {fields.map((f) => {
        const failure = rhf.errorOf(f.name);
        if (f.type === "checkboxes")
          return (
            <fieldset key={f.name} aria-describedby={failure ? `${f.name}-error` : undefined}>
              <legend className="font-medium">{f.label}</legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {(f.options ?? []).map((o) => (
                  <label key={o.value} className="flex min-h-9 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      {...rhf.register(f.name)}
                      value={o.value}
                      defaultChecked={f.defaultValues?.includes(o.value)}
                      className="size-5"
                    />
                    {o.label}
                  </label>
                ))}
              </div>
              {failure ? (
                <p id={`${f.name}-error`} role="alert" className="text-sm font-medium text-red-700">
                  {say(failure)}
                </p>
              ) : null}
            </fieldset>
          );
        if (f.type === "checkbox")
          return (
            <label key={f.name} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                {...rhf.register(f.name)}
                defaultChecked={(rhf.keptValue(f.name) ?? f.defaultValue) === "on"}
                className="size-5"
              />
              {f.label}
            </label>
          );
        return (
          <FormField
            key={f.name}
            form={rhf}
            name={f.name}
            id={`${f.name}-field`}
            label={f.label}
            hint={f.hint}
            defaultValue={f.defaultValue}
          >
            {(props) =>
              f.type === "select" ? (
                <select {...props} className={inputClass} aria-required={f.required}>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === "textarea" ? (
                <textarea {...props} rows={3} className={`${inputClass} py-2`} aria-required={f.required} />
              ) : (
                <input
                  {...props}
                  // An address is a text field with the email keyboard: the browser's own check would
                  // answer before the portal's message (errors.email), in the browser's language.
                  type={f.type === "email" ? "text" : f.type}
                  inputMode={f.type === "email" ? "email" : undefined}
                  spellCheck={f.type === "email" ? false : undefined}
                  // A password is never sent back or kept (ADR 133).
                  defaultValue={f.type === "password" ? undefined : props.defaultValue}
                  className={inputClass}
                  aria-required={f.required}
                />
              )
            }
          </FormField>
        );
      })}
      <FormError failure={form.formError} />
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

/**
 * A one-button form (publish, deactivate, reset …) that shows its refusal beside it, on the same
 * primitive (ADR 133). Its action is unbound, reading the ids from `hidden`: a bound action posted
 * without JavaScript never answers (vercel/next.js#57867); lint refuses `action={x.bind(…)}`.
 */
export function ActionButton<T extends Data>({
  action,
  hidden,
  label,
  variant = "secondary",
}: {
  action: FormAction<T>;
  hidden?: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const say = useFailureText();
  const form = useActionForm({ action, schema: NO_BROWSER_CHECK });
  return (
    <form {...form.formProps} className="inline-flex flex-wrap items-center gap-2">
      <HiddenInputs hidden={hidden} />
      <Button type="submit" variant={variant} disabled={form.pending} className="min-h-9 px-3 text-sm">
        {label}
      </Button>
      {form.formError ? (
        <span role="alert" className="text-sm text-red-700">
          {say(form.formError)}
        </span>
      ) : null}
    </form>
  );
}
