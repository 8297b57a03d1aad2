"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { acceptMatchesAction } from "@/app/[locale]/staff/payments/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptMatchesFormSchema } from "@/lib/schemas/staff-payment-forms";

/**
 * The suggested matches' table posts its ticked `pair`s; one click confirms them all. The pairs
 * are the server-rendered table's checkboxes, checked by the action (ADR 140).
 */
export function AcceptMatchesForm({ children, disabled }: { children: ReactNode; disabled: boolean }) {
  const t = useTranslations("staffPayments.statement");
  const { state, pending, formError, formProps } = useActionForm({
    action: acceptMatchesAction,
    schema: acceptMatchesFormSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      {children}
      {state?.ok ? <Alert tone="success">{t("accepted", { ...state.data })}</Alert> : null}
      <FormFailureAlert failure={formError} />
      <Button type="submit" disabled={pending || disabled} className="self-start">
        {t("accept")}
      </Button>
    </form>
  );
}
