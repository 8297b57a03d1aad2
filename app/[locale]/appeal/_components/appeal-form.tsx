"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { submitAppealAction } from "@/app/[locale]/appeal/actions";
import { ConsentCheckbox } from "@/components/account/consent-checkbox";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import type { IsoDate } from "@/lib/domain/types";
import { appealFieldsSchema } from "@/lib/schemas/appeal-fields";

const ACCEPT = ".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf";
const FILES = ["idFront", "idBack", "holding"] as const;

/**
 * 账号申诉 (issue 10): who you are, the ID card's two sides and a photo holding it. On
 * react-hook-form with the action's fields (ADR 133; the password's strength and the files are
 * checked by the action). No JavaScript needed. `today`: the server's, for the ID number.
 */
export function AppealForm({ today }: { today: IsoDate }) {
  const t = useTranslations("identity.appeal");
  const ts = useTranslations("identity.signup");
  const text = useFailureText();
  const schema = useMemo(() => appealFieldsSchema(today), [today]);
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: submitAppealAction,
    schema,
  });
  if (state?.ok) return <Alert tone="success">{t("submitted")}</Alert>;
  const failed = state && !state.ok ? state : null;
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField name="name" label={t("name")} form={fields} autoComplete="name" required />
      <TextField name="idNumber" label={t("idNumber")} form={fields} autoComplete="off" maxLength={18} required />
      <TextField
        name="contactMobile"
        label={t("contactMobile")}
        hint={t("contactMobileHint")}
        form={fields}
        type="tel"
        inputMode="numeric"
        maxLength={11}
        required
      />
      {FILES.map((kind) => (
        <Field key={kind} id={kind} label={t(`files.${kind}`)} hint={t("fileHint")} error={text(failed?.fieldErrors[kind]?.[0])}>
          {(a) => <input {...a} type="file" name={kind} accept={ACCEPT} className={inputClass} required />}
        </Field>
      ))}
      <NewPasswordFields name="password" label={t("password")} form={fields} />
      <ConsentCheckbox
        name="sensitiveConsent"
        form={fields}
        label={ts.rich("sensitiveConsent", {
          link: (chunks) => (
            <Link href="/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <FormFailureAlert failure={formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
