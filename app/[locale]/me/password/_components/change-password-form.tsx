"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/[locale]/me/password/actions";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { failureOf, TextField } from "@/components/account/text-field";
import { FormError } from "@/components/ui/failure-text";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const failed = failureOf(state);
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        state={failed}
        type="password"
        autoComplete="current-password"
        required
      />
      <NewPasswordFields name="newPassword" label={t("newPassword")} state={failed} />
      <FormError failure={failed?.formError} />
      <Button type="submit" disabled={pending}>
        {t("changePasswordSubmit")}
      </Button>
    </form>
  );
}
