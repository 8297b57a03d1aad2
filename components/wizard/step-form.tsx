"use client";

import { failureText } from "@/lib/i18n/failure-text";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Failure } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The frame of every wizard step: the form, its form-level error and the save button. */
export function StepForm({
  action,
  failed,
  pending,
  children,
  submitLabel,
  afterError,
}: {
  action: (formData: FormData) => void;
  failed: Failure;
  pending: boolean;
  children: ReactNode;
  submitLabel?: string;
  /** Said inside the form-level error: an eligibility refusal's reasons and the steps that fix it (issue 16). */
  afterError?: ReactNode;
}) {
  const t = useTranslations("wizard");
  const tr = useTranslations();
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      {children}
      {failed?.formError ? (
        <Alert tone="error">
          <p>{failureText(tr, failed.formError)}</p>
          {afterError}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {submitLabel ?? t("save")}
      </Button>
    </form>
  );
}

export function useFieldError(failed: Failure) {
  const tr = useTranslations();
  return (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return key ? failureText(tr, key) : undefined;
  };
}
