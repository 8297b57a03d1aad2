"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { closeAccountAction } from "@/app/[locale]/me/data/actions";
import { TextField, failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, FormError } from "@/components/ui/failure-text";

/** Issue 11: closing the account, with what is kept afterwards said before the button. */
export function CloseAccountForm() {
  const t = useTranslations("privacy.rights");
  const [state, action, pending] = useActionState(closeAccountAction, null);
  const failed = failureOf(state);
  if (state?.ok) return <Alert tone="success">{t("closed")}</Alert>;
  const confirmError = failed?.fieldErrors.confirm?.[0];
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-slate-700">{t("closeText")}</p>
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" state={failed} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="confirm" className="size-5" aria-invalid={Boolean(confirmError)} />
        {t("closeConfirm")}
      </label>
      <FieldError failure={confirmError} />
      <FormError failure={failed?.formError} />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {t("closeSubmit")}
      </Button>
    </form>
  );
}
