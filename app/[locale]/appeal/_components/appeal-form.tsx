"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitAppealAction } from "@/app/[locale]/appeal/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { ConsentCheckbox } from "@/components/account/consent-checkbox";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { failureOf, TextField } from "@/components/account/text-field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

const ACCEPT = ".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf";

/** 账号申诉 (issue 10): who you are, the ID card's two sides and a photo holding it. No JavaScript needed. */
export function AppealForm() {
  const t = useTranslations("identity.appeal");
  const ts = useTranslations("identity.signup");
  const say = useFailureText();
  const [state, action, pending] = useActionState(submitAppealAction, null);
  const failed = failureOf(state);
  if (state?.ok) return <Alert tone="success">{t("submitted")}</Alert>;
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField name="name" label={t("name")} state={failed} autoComplete="name" required />
      <TextField name="idNumber" label={t("idNumber")} state={failed} autoComplete="off" maxLength={18} required />
      <TextField
        name="contactMobile"
        label={t("contactMobile")}
        hint={t("contactMobileHint")}
        state={failed}
        type="tel"
        inputMode="numeric"
        maxLength={11}
        required
      />
      {(["idFront", "idBack", "holding"] as const).map((kind) => (
        <Field key={kind} id={kind} label={t(`files.${kind}`)} hint={t("fileHint")} error={error(kind)}>
          {(a) => <input {...a} type="file" name={kind} accept={ACCEPT} className={inputClass} required />}
        </Field>
      ))}
      <NewPasswordFields name="password" label={t("password")} state={failed} />
      <ConsentCheckbox
        name="sensitiveConsent"
        checked={failed?.values.sensitiveConsent === "on"}
        error={error("sensitiveConsent")}
        label={ts.rich("sensitiveConsent", {
          link: (chunks) => (
            <Link href="/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <FormError failure={failed?.formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
