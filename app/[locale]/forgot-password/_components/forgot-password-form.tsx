"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/[locale]/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { type FailedState, TextField } from "@/components/account/text-field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** "忘记密码" (issue 10): ID number → code to the account's mobile → new password. No JavaScript needed. */
export function ForgotPasswordForm() {
  const t = useTranslations("identity.reset");
  const say = useFailureText();
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  const failed: FailedState = state
    ? state.ok
      ? { ok: false, fieldErrors: {}, formError: null, values: state.data.values }
      : state
    : null;
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField name="idNumber" label={t("idNumber")} state={failed} autoComplete="username" maxLength={18} required />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending} formNoValidate>
        {t("sendCode")}
      </Button>
      {state?.ok ? <Alert tone="info">{say(state.data.notice)}</Alert> : null}
      <TextField name="code" label={t("code")} state={failed} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      <NewPasswordFields name="password" label={t("newPassword")} state={failed} />
      <FormError failure={failed?.formError} />
      <Button type="submit" name="intent" value="reset" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
