"use client";

import { useLocale, useTranslations } from "next-intl";
import { correctScoreAction } from "@/app/[locale]/staff/results/[planId]/actions";
import { CheckboxField, HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { describeResult } from "@/lib/domain/score-correction";
import { CORRECTION_REASON_MAX, scoreCorrectionSchema } from "@/lib/schemas/score-correction-schema";

export interface CorrectScoreFormProps {
  applicationId: string;
  who: string;
  /** encodeResult of the result the page shows, and how many corrections it shows. */
  expected: string;
  seen: number;
  /** A passing result with a certificate: lowering it below 60 must revoke the certificate. */
  certificateNumber: string | null;
}

/**
 * 八 成绩更正 for one candidate (ADR 047). The shared schema checks the form before it is posted
 * (errors at once, no round trip); without JavaScript the action checks the same schema (ADR 133).
 */
export function CorrectScoreForm({ applicationId, who, expected, seen, certificateNumber }: CorrectScoreFormProps) {
  const t = useTranslations("staffExam.correction");
  const locale = useLocale();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: correctScoreAction,
    schema: scoreCorrectionSchema,
  });
  const id = `correct-${applicationId}`;
  const done = state?.ok ? state.data : null;
  const revokeError = fields.errorOf("revokeCertificate");
  return (
    <form {...formProps} className="flex flex-col gap-2" aria-label={t("formFor", { who })}>
      <HiddenFields form={fields} values={{ applicationId, expected, seen: String(seen) }} />
      <FormField form={fields} name="score" id={`${id}-score`} label={t("newScore")} hint={t("newScoreHint")}>
        {(control) => <input {...control} inputMode="numeric" autoComplete="off" className={`${inputClass} max-w-32`} />}
      </FormField>
      <CheckboxField form={fields} name="absent" id={`${id}-absent`} label={t("absent")} className="text-sm" />
      <FormField form={fields} name="reason" id={`${id}-reason`} label={t("reason")} hint={t("reasonHint")}>
        {(control) => <textarea {...control} rows={2} maxLength={CORRECTION_REASON_MAX} className={`${inputClass} py-2`} />}
      </FormField>
      {certificateNumber ? (
        <CheckboxField
          form={fields}
          name="revokeCertificate"
          id={`${id}-revoke`}
          label={t("revokeCertificate", { certificate: certificateNumber })}
          className="text-sm"
        />
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
      <FormFailureAlert
        failure={
          (revokeError && certificateNumber ? null : formError) ??
          fields.errorOf("applicationId") ??
          fields.errorOf("expected") ??
          fields.errorOf("seen")
        }
      />
      {done ? (
        <Alert tone="success">
          {t("done", { before: describeResult(done.before, locale), after: describeResult(done.after, locale) })}
          {done.revokedCertificateNumber ? t("revoked", { certificate: done.revokedCertificateNumber }) : ""}
          {done.certificateIssuable ? t("issuable") : ""}
        </Alert>
      ) : null}
    </form>
  );
}
