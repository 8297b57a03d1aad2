"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { acceptMatchesAction } from "@/app/[locale]/staff/payments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/failure-text";

/** The suggested matches' table posts its ticked `pair`s; one click confirms them all. */
export function AcceptMatchesForm({ children, disabled }: { children: ReactNode; disabled: boolean }) {
  const t = useTranslations("staffPayments.statement");
  const [state, action, pending] = useActionState(acceptMatchesAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      {children}
      {state?.ok ? <Alert tone="success">{t("accepted", { ...state.data })}</Alert> : null}
      <FormError failure={state && !state.ok ? state.formError : null} />
      <Button type="submit" disabled={pending || disabled} className="self-start">
        {t("accept")}
      </Button>
    </form>
  );
}
