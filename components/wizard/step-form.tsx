"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FailedState } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFailureText } from "@/components/ui/failure-text";

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
  failed: FailedState;
  pending: boolean;
  children: ReactNode;
  submitLabel?: string;
  /** Said inside the form-level error: an eligibility refusal's reasons and the steps that fix it (issue 16). */
  afterError?: ReactNode;
}) {
  const t = useTranslations("wizard");
  const say = useFailureText();
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      {children}
      {failed?.formError ? (
        <Alert tone="error">
          <p>{say(failed.formError)}</p>
          {afterError}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {submitLabel ?? t("save")}
      </Button>
    </form>
  );
}

export function useFieldError(failed: FailedState) {
  const say = useFailureText();
  return (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
}
