"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveCandidatePersonalAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Field, inputClass } from "@/components/ui/field";
import { StepForm, useFieldError } from "@/components/wizard/step-form";
import { EDUCATION_PROOF_CASES } from "@/lib/domain/education-proof";
import { EDUCATION_LEVELS } from "@/lib/domain/types";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";

/** The roster's data of one candidate, corrected on the page (the wizard's personal step, same schema and use case). */
export function CandidatePersonalForm({
  applicationId,
  personal,
}: {
  applicationId: string;
  personal: ApplicationDetailDto["personal"];
}) {
  const t = useTranslations("wizard");
  const te = useTranslations("education");
  const ti = useTranslations("institution.candidate");
  const [state, action, pending] = useActionState(saveCandidatePersonalAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  const error = useFieldError(failed);
  const value = (name: keyof ApplicationDetailDto["personal"]) =>
    failed?.values[name] ?? (personal[name] === null ? "" : String(personal[name]));
  const text = (name: "school" | "major" | "occupation" | "employer" | "address") => (
    <Field id={name} label={t(name)} error={error(name)}>
      {(a) => <input {...a} name={name} defaultValue={value(name)} className={inputClass} />}
    </Field>
  );
  return (
    <StepForm action={action} failed={failed} pending={pending} submitLabel={ti("saveData")}>
      {state?.ok ? <Alert tone="success">{ti("saved")}</Alert> : null}
      <Field id="education" label={t("education")} error={error("education")}>
        {(a) => (
          <select {...a} name="education" defaultValue={value("education") || "upper-secondary"} className={inputClass}>
            {EDUCATION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {te(level)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="graduatingThisYear"
          defaultChecked={failed ? failed.values.graduatingThisYear === "on" : personal.graduatingThisYear}
          className="size-5"
        />
        {t("graduatingThisYear")}
      </label>
      {text("school")}
      {text("major")}
      <Field id="graduationYear" label={t("graduationYear")} error={error("graduationYear")}>
        {(a) => (
          <input
            {...a}
            name="graduationYear"
            inputMode="numeric"
            maxLength={4}
            defaultValue={value("graduationYear")}
            className={inputClass}
          />
        )}
      </Field>
      {text("occupation")}
      {text("employer")}
      {text("address")}
      <Field id="educationProofCase" label={t("educationProofCase")} error={error("educationProofCase")}>
        {(a) => (
          <select {...a} name="educationProofCase" defaultValue={value("educationProofCase")} className={inputClass}>
            {EDUCATION_PROOF_CASES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}. {c.situation}
              </option>
            ))}
          </select>
        )}
      </Field>
    </StepForm>
  );
}
