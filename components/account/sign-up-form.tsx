"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction } from "@/app/[locale]/signup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmailField } from "./email-field";
import { NewPasswordFields } from "./new-password-fields";
import { failureOf, TextField } from "./text-field";

export function SignUpForm() {
  const t = useTranslations("account");
  const tr = useTranslations();
  const [state, action, pending] = useActionState(signUpAction, null);
  const failed = failureOf(state);
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
        state={failed}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        required
      />
      <EmailField label={t("email")} hint={t("emailHint")} state={failed} />
      <NewPasswordFields name="password" label={t("password")} state={failed} />
      {failed?.formError ? <Alert tone="error">{tr(failed.formError as never)}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {t("signUpSubmit")}
      </Button>
    </form>
  );
}
