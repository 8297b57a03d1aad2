"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/app/[locale]/signup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { ConsentCheckbox } from "@/components/account/consent-checkbox";
import { EmailField } from "@/components/account/email-field";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { type FailedState, TextField } from "@/components/account/text-field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/**
 * Sign-up in one form with two buttons (issue 10): "获取验证码" sends the code, "注册并登录"
 * checks it and creates the account. Works before JavaScript loads: every answer carries the
 * values back (the password excepted).
 */
export function SignUpForm() {
  const t = useTranslations("account");
  const ti = useTranslations("identity.signup");
  const say = useFailureText();
  const [state, action, pending] = useActionState(signUpAction, null);
  const failed: FailedState = state
    ? state.ok
      ? { ok: false, fieldErrors: {}, formError: null, values: state.data.values }
      : state
    : null;
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  const ticked = (name: string) => failed?.values[name] === "on";
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField name="name" label={t("name")} hint={t("nameHint")} state={failed} autoComplete="name" required />
      <TextField
        name="idNumber"
        label={t("idNumber")}
        hint={t("idNumberHint")}
        state={failed}
        autoComplete="off"
        maxLength={18}
        required
      />
      <TextField
        name="mobile"
        label={t("mobile")}
        hint={ti("mobileHint")}
        state={failed}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        required
      />
      <EmailField label={t("email")} hint={t("emailHint")} state={failed} />
      <ConsentCheckbox
        name="privacyConsent"
        checked={ticked("privacyConsent")}
        error={error("privacyConsent")}
        label={ti.rich("privacyConsent", {
          link: (chunks) => (
            <Link href="/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <ConsentCheckbox
        name="sensitiveConsent"
        checked={ticked("sensitiveConsent")}
        error={error("sensitiveConsent")}
        label={ti.rich("sensitiveConsent", {
          link: (chunks) => (
            <Link href="/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending} formNoValidate>
        {ti("sendCode")}
      </Button>
      {state?.ok ? (
        <Alert tone="info">
          {say(state.data.notice)}{" "}
          <Link href="/appeal" className="underline">
            {ti("appealLink")}
          </Link>
        </Alert>
      ) : null}
      <TextField
        name="code"
        label={ti("code")}
        hint={ti("codeHint")}
        state={failed}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
      />
      <NewPasswordFields name="password" label={t("password")} state={failed} />
      {failed?.formError ? (
        <FormError failure={failed.formError}>
          {failed.formError.key === "identity.signup.taken" ? (
            <>
              {" "}
              <Link href="/appeal" className="underline">
                {ti("appealLink")}
              </Link>
            </>
          ) : null}
        </FormError>
      ) : null}
      <Button type="submit" name="intent" value="register" disabled={pending}>
        {t("signUpSubmit")}
      </Button>
    </form>
  );
}
