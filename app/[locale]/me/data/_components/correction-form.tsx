"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestCorrectionAction } from "@/app/[locale]/me/data/actions";
import { TextField, failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Issue 11: a correction request; the ID card scan is what the reviewer compares for name and ID number. */
export function CorrectionForm() {
  const t = useTranslations("privacy.rights");
  const say = useFailureText();
  const [state, action, pending] = useActionState(requestCorrectionAction, null);
  const failed = failureOf(state);
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {state?.ok ? <Alert tone="success">{t("correctionSent")}</Alert> : null}
      <Field id="field" label={t("correctionField")} error={error("field")}>
        {(a) => (
          <select {...a} name="field" defaultValue={failed?.values.field ?? "NAME"} className={inputClass}>
            <option value="NAME">{t("fieldNAME")}</option>
            <option value="ID_NUMBER">{t("fieldID_NUMBER")}</option>
            <option value="MOBILE">{t("fieldMOBILE")}</option>
          </select>
        )}
      </Field>
      <TextField name="value" label={t("correctionValue")} state={failed} />
      <TextField name="reason" label={t("correctionReason")} state={failed} />
      <Field id="evidence" label={t("correctionEvidence")} hint={t("correctionEvidenceHint")} error={error("evidence")}>
        {(a) => <input {...a} type="file" name="evidence" accept="image/jpeg,image/png,application/pdf" className={inputClass} />}
      </Field>
      <FormError failure={failed?.formError} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("correctionSubmit")}
      </Button>
    </form>
  );
}
