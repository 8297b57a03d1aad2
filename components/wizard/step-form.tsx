"use client";

import { failureText } from "@/lib/i18n/failure-text";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FailedState } from "@/components/account/text-field";
import { FormFailureAlert } from "@/components/forms/failure";
import type { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type ActionFormOf = Pick<ReturnType<typeof useActionForm>, "formProps" | "formError" | "pending">;

/**
 * The frame of every wizard step: the form, its form-level error and the save button. `form`: a
 * `useActionForm` form (ADR 133); `action` + `failed`: a plain form not converted yet (issue 15).
 */
export function StepForm({
  children,
  submitLabel,
  afterError,
  ...source
}: {
  children: ReactNode;
  submitLabel?: string;
  /** Said inside the form-level error: an eligibility refusal's reasons and the steps that fix it (issue 16). */
  afterError?: ReactNode;
} & (
  | { form: ActionFormOf; action?: never; failed?: never; pending?: never }
  | { form?: never; action: (formData: FormData) => void; failed: FailedState; pending: boolean }
)) {
  const t = useTranslations("wizard");
  const tr = useTranslations();
  const className = "flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4";
  const submit = (pending: boolean) => (
    <Button type="submit" disabled={pending}>
      {submitLabel ?? t("save")}
    </Button>
  );
  if (source.form) {
    const { formProps, formError, pending } = source.form;
    return (
      <form {...formProps} className={className}>
        {children}
        <FormFailureAlert failure={formError}>{afterError}</FormFailureAlert>
        {submit(pending)}
      </form>
    );
  }
  return (
    <form action={source.action} className={className}>
      {children}
      {source.failed?.formError ? (
        <Alert tone="error">
          <p>{failureText(tr, source.failed.formError)}</p>
          {afterError}
        </Alert>
      ) : null}
      {submit(source.pending ?? false)}
    </form>
  );
}

/** The error text of a field of a plain form not converted yet (issue 15); converted forms use `fields.errorOf`. */
export function useFieldError(failed: FailedState) {
  const tr = useTranslations();
  return (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return key ? failureText(tr, key) : undefined;
  };
}
