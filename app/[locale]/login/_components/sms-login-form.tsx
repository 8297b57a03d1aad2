"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { smsLoginAction } from "@/app/[locale]/login/sms-actions";
import { type FailedState, TextField } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/**
 * "短信验证码登录" (issue 10): for candidates with a verified mobile, the way in while the password
 * is locked by strangers' guesses. A plain form with two buttons, so it works without JavaScript.
 */
export function SmsLoginForm() {
  const t = useTranslations("identity.login");
  const say = useFailureText();
  const [state, action, pending] = useActionState(smsLoginAction, null);
  const failed: FailedState = state
    ? state.ok
      ? { ok: false, fieldErrors: {}, formError: null, values: state.data.values }
      : state
    : null;
  return (
    <form
      action={action}
      aria-labelledby="sms-login-title"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="sms-login-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <TextField name="login" id="sms-login" label={t("idNumber")} state={failed} autoComplete="username" maxLength={18} />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending}>
        {t("sendCode")}
      </Button>
      {state?.ok ? <Alert tone="info">{say(state.data.notice)}</Alert> : null}
      <TextField
        name="code"
        id="sms-code"
        label={t("code")}
        state={failed}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
      />
      <FormError failure={failed?.formError} />
      <Button type="submit" name="intent" value="login" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
