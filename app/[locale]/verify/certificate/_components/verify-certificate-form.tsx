"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { verifyCertificateAction } from "@/app/[locale]/verify/certificate/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { VerifyResult } from "@/components/public/verify-result";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** 九 "证书查询、核验": certificate number and the holder's name, both required to match. */
export function VerifyCertificateForm() {
  const t = useTranslations("publicNotice.verify");
  const say = useFailureText();
  const [state, action, pending] = useActionState(verifyCertificateAction, null);
  const failed = state && !state.ok ? state : null;
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  const result = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <Field id="certificateNumber" label={t("certificateNumber")} hint={t("numberHint")} error={error("certificateNumber")}>
          {(a) => (
            <input
              {...a}
              name="certificateNumber"
              autoComplete="off"
              maxLength={40}
              defaultValue={failed?.values.certificateNumber ?? ""}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="holderName" label={t("holderName")} error={error("name")}>
          {(a) => (
            <input
              {...a}
              name="name"
              autoComplete="off"
              maxLength={30}
              defaultValue={failed?.values.name ?? ""}
              className={inputClass}
            />
          )}
        </Field>
        <FormError failure={failed?.formError} />
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
      {result ? (
        result.valid ? (
          <VerifyResult
            valid
            title={t("certificateValid")}
            rows={[
              [t("certificateNumber"), result.certificateNumber],
              [t("name"), result.maskedName],
              [t("project"), result.project],
              [t("issuedOn"), result.issuedOn],
            ]}
          />
        ) : (
          <VerifyResult valid={false} title={t("certificateInvalid")} rows={[]} note={t("certificateInvalidNote")} />
        )
      ) : null}
    </div>
  );
}
