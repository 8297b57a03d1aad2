"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { requestCorrectionAction } from "@/app/[locale]/me/data/actions";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { IsoDate } from "@/lib/domain/types";
import { correctionSchema } from "@/lib/schemas/privacy-rights-schema";

/**
 * Issue 11: a correction request; the ID card scan is what the reviewer compares for name and ID
 * number. `today`: the server's, for the ID number's check in the browser (the action checks again).
 */
export function CorrectionForm({ today }: { today: IsoDate }) {
  const t = useTranslations("privacy.rights");
  const text = useFailureText();
  const schema = useMemo(() => correctionSchema(today), [today]);
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: requestCorrectionAction,
    schema,
  });
  // The scan is a file, checked on the server only: its failure is the action's.
  const evidenceError = state && !state.ok ? state.fieldErrors.evidence?.[0] : undefined;
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {state?.ok ? <Alert tone="success">{t("correctionSent")}</Alert> : null}
      <FormField form={fields} name="field" label={t("correctionField")} defaultValue="NAME">
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="NAME">{t("fieldNAME")}</option>
            <option value="ID_NUMBER">{t("fieldID_NUMBER")}</option>
            <option value="MOBILE">{t("fieldMOBILE")}</option>
          </select>
        )}
      </FormField>
      <TextField name="value" label={t("correctionValue")} form={fields} />
      <TextField name="reason" label={t("correctionReason")} form={fields} />
      <Field id="evidence" label={t("correctionEvidence")} hint={t("correctionEvidenceHint")} error={text(evidenceError)}>
        {(a) => <input {...a} type="file" name="evidence" accept="image/jpeg,image/png,application/pdf" className={inputClass} />}
      </Field>
      <FormFailureAlert failure={formError} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("correctionSubmit")}
      </Button>
    </form>
  );
}
