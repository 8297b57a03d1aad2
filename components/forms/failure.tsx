"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FailureMessage } from "@/lib/action-result";
import { failureText } from "@/lib/i18n/failure-text";
import { Alert } from "@/components/ui/alert";

/**
 * A failure as a form shows it, client or server (ADR 133): a field error of the browser's check
 * (a zod message, which is a message key) or of the action's answer (`ActionResult.fieldErrors`,
 * `formError`). THE one place that turns a failure into text: when the failure's shape changes
 * (`{ key, params }`), this file changes and the forms do not.
 */
export type FormFailure = FailureMessage;

/** The text of a failure in the page's locale. */
export function useFailureText(): (failure: FormFailure) => string {
  const t = useTranslations();
  return (failure) => failureText(t, failure);
}

/** The form's own error (`formError`), with what may follow it (a link to the appeal form). */
export function FormFailureAlert({ failure, children }: { failure: FormFailure | null | undefined; children?: ReactNode }) {
  const text = useFailureText();
  if (!failure) return null;
  return (
    <Alert tone="error">
      {text(failure)}
      {children}
    </Alert>
  );
}
