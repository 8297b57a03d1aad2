"use client";

import { isKnownKey } from "@/lib/i18n/message-key";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { correctScoreAction } from "@/app/[locale]/staff/results/[planId]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
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
 * (errors at once, no round trip); without JavaScript the action checks the same schema.
 */
export function CorrectScoreForm({ applicationId, who, expected, seen, certificateNumber }: CorrectScoreFormProps) {
  const t = useTranslations("staffExam.correction");
  const tr = useTranslations();
  const locale = useLocale();
  const form = useStaffAction(correctScoreAction);
  const [clientErrors, setClientErrors] = useState<Record<string, string[] | undefined>>({});
  const error = (name: string) => {
    const key = clientErrors[name]?.[0];
    if (!key) return form.fieldError(name);
    // A zod message is a key (ADR 009): said like a server failure (ADR 130).
    return form.translate(isKnownKey(tr, key) ? key : "errors.generic");
  };
  const check = (event: FormEvent<HTMLFormElement>) => {
    const values = Object.fromEntries(
      [...new FormData(event.currentTarget)].map(([k, v]) => [k, typeof v === "string" ? v : ""]),
    );
    const parsed = scoreCorrectionSchema.safeParse(values);
    setClientErrors(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors);
    if (!parsed.success) event.preventDefault();
  };
  const id = `correct-${applicationId}`;
  const done = form.data;
  return (
    <form action={form.formAction} onSubmit={check} noValidate className="flex flex-col gap-2" aria-label={t("formFor", { who })}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expected" value={expected} />
      <input type="hidden" name="seen" value={seen} />
      <Field id={`${id}-score`} label={t("newScore")} hint={t("newScoreHint")} error={error("score")}>
        {(a) => (
          <input
            {...a}
            name="score"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={form.value("score")}
            className={`${inputClass} max-w-32`}
          />
        )}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="absent" className="size-5" defaultChecked={form.value("absent") === "on"} />
        {t("absent")}
      </label>
      <Field id={`${id}-reason`} label={t("reason")} hint={t("reasonHint")} error={error("reason")}>
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={2}
            maxLength={CORRECTION_REASON_MAX}
            defaultValue={form.value("reason")}
            className={`${inputClass} py-2`}
          />
        )}
      </Field>
      {certificateNumber ? (
        <div className="flex flex-col gap-1">
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="revokeCertificate"
              className="mt-0.5 size-5"
              aria-describedby={error("revokeCertificate") ? `${id}-revoke-error` : undefined}
            />
            {t("revokeCertificate", { certificate: certificateNumber })}
          </label>
          {error("revokeCertificate") ? (
            <p id={`${id}-revoke-error`} role="alert" className="text-sm font-medium text-red-700">
              {error("revokeCertificate")}
            </p>
          ) : null}
        </div>
      ) : null}
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("submit")}
      </Button>
      <FormStatus
        error={form.formError && !form.fieldError("revokeCertificate") ? form.formError : null}
        success={
          done
            ? [
                t("done", { before: describeResult(done.before, locale), after: describeResult(done.after, locale) }),
                done.revokedCertificateNumber ? t("revoked", { certificate: done.revokedCertificateNumber }) : "",
                done.certificateIssuable ? t("issuable") : "",
              ].join("")
            : null
        }
      />
    </form>
  );
}
