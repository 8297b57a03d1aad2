"use client";

import { useTranslations } from "next-intl";
import { smsLoginAction } from "@/app/[locale]/login/sms-actions";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { smsLoginCodeSchema, smsLoginSchema } from "@/lib/schemas/identity-fields";

/**
 * "短信验证码登录" (issue 10): for candidates with a verified mobile, the way in while the password
 * is locked by strangers' guesses. Two buttons; works without JavaScript (ADR 133).
 */
export function SmsLoginForm() {
  const t = useTranslations("identity.login");
  const text = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: smsLoginAction,
    schema: smsLoginSchema,
    schemaFor: (intent) => (intent === "code" ? smsLoginCodeSchema : undefined),
    keep: (data) => data.values,
  });
  return (
    <form
      {...formProps}
      aria-labelledby="sms-login-title"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="sms-login-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <TextField name="login" id="sms-login" label={t("idNumber")} form={fields} autoComplete="username" maxLength={18} />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending}>
        {t("sendCode")}
      </Button>
      {state?.ok ? <Alert tone="info">{text(state.data.notice)}</Alert> : null}
      <TextField
        name="code"
        id="sms-code"
        label={t("code")}
        form={fields}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
      />
      <FormFailureAlert failure={formError} />
      <Button type="submit" name="intent" value="login" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
