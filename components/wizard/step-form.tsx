"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormFailureAlert } from "@/components/forms/failure";
import type { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type ActionFormOf = Pick<ReturnType<typeof useActionForm>, "formProps" | "formError" | "pending">;

/** The frame of every wizard step: a `useActionForm` form (ADR 133), its form-level error and the save button. */
export function StepForm({
  children,
  submitLabel,
  afterError,
  form,
}: {
  children: ReactNode;
  submitLabel?: string;
  /** Said inside the form-level error: an eligibility refusal's reasons and the steps that fix it (issue 16). */
  afterError?: ReactNode;
  form: ActionFormOf;
}) {
  const t = useTranslations("wizard");
  const className = "flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4";
  const submit = (pending: boolean) => (
    <Button type="submit" disabled={pending}>
      {submitLabel ?? t("save")}
    </Button>
  );
  const { formProps, formError, pending } = form;
  return (
    <form {...formProps} className={className}>
      {children}
      <FormFailureAlert failure={formError}>{afterError}</FormFailureAlert>
      {submit(pending)}
    </form>
  );
}
