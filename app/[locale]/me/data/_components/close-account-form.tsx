"use client";

import { useTranslations } from "next-intl";
import { closeAccountAction } from "@/app/[locale]/me/data/actions";
import { ConsentCheckbox } from "@/components/account/consent-checkbox";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { closeAccountSchema } from "@/lib/schemas/privacy-rights-schema";

/** Issue 11: closing the account, with what is kept afterwards said before the button. */
export function CloseAccountForm() {
  const t = useTranslations("privacy.rights");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: closeAccountAction,
    schema: closeAccountSchema,
  });
  if (state?.ok) return <Alert tone="success">{t("closed")}</Alert>;
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-slate-700">{t("closeText")}</p>
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" form={fields} />
      <ConsentCheckbox name="confirm" label={t("closeConfirm")} form={fields} />
      <FormFailureAlert failure={formError} />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {t("closeSubmit")}
      </Button>
    </form>
  );
}
