"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { savePersonalAction } from "@/app/[locale]/me/applications/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { Field, inputClass } from "@/components/ui/field";
import { EDUCATION_PROOF_CASES } from "@/lib/domain/education-proof";
import { EDUCATION_LEVELS } from "@/lib/domain/types";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";
import { StepForm, useFieldError } from "./step-form";

export function PersonalStep({
  applicationId,
  personal,
  rule,
}: {
  applicationId: string;
  personal: ApplicationDetailDto["personal"];
  rule: string | null;
}) {
  const t = useTranslations("wizard");
  const te = useTranslations("education");
  const [state, action, pending] = useActionState(savePersonalAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  const error = useFieldError(failed);
  const value = (name: keyof ApplicationDetailDto["personal"]) =>
    failed?.values[name] ?? (personal[name] === null ? "" : String(personal[name]));
  const text = (name: "school" | "major" | "occupation" | "employer" | "address", hint?: string) => (
    <Field id={name} label={t(name)} hint={hint} error={error(name)}>
      {(a) => <input {...a} name={name} defaultValue={value(name)} className={inputClass} />}
    </Field>
  );
  return (
    <StepForm action={action} failed={failed} pending={pending}>
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
      {text("major", rule === "major" ? t("majorHint") : undefined)}
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
      {rule === "occupation" || personal.occupation ? text("occupation", t("occupationHint")) : null}
      {rule === "occupation" || personal.employer ? text("employer") : null}
      {text("address")}
      <fieldset>
        <legend className="font-medium">{t("educationProofCase")}</legend>
        <div className="mt-1 flex flex-col gap-2">
          {EDUCATION_PROOF_CASES.map((c) => (
            <label
              key={c.id}
              className="flex gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="educationProofCase"
                value={c.id}
                defaultChecked={value("educationProofCase") === String(c.id)}
                className="mt-1 size-5"
              />
              <span>
                <span className="block">{c.situation}</span>
                <span className="block text-sm text-slate-600">→ {c.upload}</span>
              </span>
            </label>
          ))}
        </div>
        {error("educationProofCase") ? (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {error("educationProofCase")}
          </p>
        ) : null}
      </fieldset>
    </StepForm>
  );
}
