"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { signUpAction } from "@/app/[locale]/signup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { ConsentCheckbox } from "@/components/account/consent-checkbox";
import { EmailField } from "@/components/account/email-field";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import type { IsoDate } from "@/lib/domain/types";
import { signUpCodeSchema, signUpFieldsSchema } from "@/lib/schemas/account-fields";

/**
 * Sign-up in one form with two buttons (issue 10): "获取验证码" sends the code, "注册并登录"
 * checks it and creates the account. The browser checks the fields with the action's schema
 * (the first step's for 获取验证码; the password's strength stays on the server); without
 * JavaScript the action does, and every answer carries the values back (the password excepted).
 * `today`: the server's (an ID number's birth date may not be after it).
 */
export function SignUpForm({ today }: { today: IsoDate }) {
  const t = useTranslations("account");
  const ti = useTranslations("identity.signup");
  const text = useFailureText();
  const schema = useMemo(() => signUpFieldsSchema(today), [today]);
  const codeSchema = useMemo(() => signUpCodeSchema(today), [today]);
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: signUpAction,
    schema,
    schemaFor: (intent) => (intent === "code" ? codeSchema : undefined),
    keep: (data) => data.values,
  });
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField name="name" label={t("name")} hint={t("nameHint")} form={fields} autoComplete="name" required />
      <TextField
        name="idNumber"
        label={t("idNumber")}
        hint={t("idNumberHint")}
        form={fields}
        autoComplete="off"
        maxLength={18}
        required
      />
      <TextField
        name="mobile"
        label={t("mobile")}
        hint={ti("mobileHint")}
        form={fields}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        required
      />
      <EmailField label={t("email")} hint={t("emailHint")} form={fields} />
      <ConsentCheckbox
        name="privacyConsent"
        form={fields}
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
        form={fields}
        label={ti.rich("sensitiveConsent", {
          link: (chunks) => (
            <Link href="/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending}>
        {ti("sendCode")}
      </Button>
      {state?.ok ? (
        <Alert tone="info">
          {text(state.data.notice)}{" "}
          <Link href="/appeal" className="underline">
            {ti("appealLink")}
          </Link>
        </Alert>
      ) : null}
      <TextField
        name="code"
        label={ti("code")}
        hint={ti("codeHint")}
        form={fields}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
      />
      <NewPasswordFields name="password" label={t("password")} form={fields} />
      <FormFailureAlert failure={formError}>
        {formError?.key === "identity.signup.taken" ? (
          <>
            {" "}
            <Link href="/appeal" className="underline">
              {ti("appealLink")}
            </Link>
          </>
        ) : null}
      </FormFailureAlert>
      <Button type="submit" name="intent" value="register" disabled={pending}>
        {t("signUpSubmit")}
      </Button>
    </form>
  );
}
