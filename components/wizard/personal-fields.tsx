"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useFailureText } from "@/components/forms/failure";
import type { ActionForm } from "@/components/forms/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { EDUCATION_PROOF_CASES, educationProofText } from "@/lib/domain/education-proof";
import { EDUCATION_LEVELS } from "@/lib/domain/types";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";

type Personal = ApplicationDetailDto["personal"];

/**
 * The candidate's personal data, one set of fields for the wizard's personal step and the
 * institution's correction form (same schema and use case). `guide` is the wizard's help for
 * someone filling in their own data: hints for their condition's rule, the occupation fields only
 * where they apply, and each education-proof case with what to upload. An institution correcting
 * its roster goes without: every field, and the proof case as a compact select.
 * `form`: the `useActionForm` form's fields (ADR 133).
 */
export function PersonalFields({
  personal,
  guide,
  form,
}: {
  personal: Personal;
  guide?: { rule: string | null };
  form: ActionForm<keyof Personal>;
}) {
  const t = useTranslations("wizard");
  const te = useTranslations("education");
  const locale = useLocale();
  const failureText = useFailureText();
  const error = (name: keyof Personal) => {
    const failure = form.errorOf(name);
    return failure ? failureText(failure) : undefined;
  };
  const kept = (name: keyof Personal) => form.keptValue(name);
  const value = (name: keyof Personal) => kept(name) ?? (personal[name] === null ? "" : String(personal[name]));
  /** The control's registration (name, ref, onChange, onBlur). */
  const reg = (name: keyof Personal) => form.register(name);
  const text = (name: "school" | "major" | "occupation" | "employer" | "address", hint?: string) => (
    <Field id={name} label={t(name)} hint={hint} error={error(name)}>
      {(a) => <input {...a} {...reg(name)} defaultValue={value(name)} className={inputClass} />}
    </Field>
  );
  const byOccupation = !guide || guide.rule === "occupation";
  return (
    <>
      <Field id="education" label={t("education")} error={error("education")}>
        {(a) => (
          <select {...a} {...reg("education")} defaultValue={value("education") || "UPPER_SECONDARY"} className={inputClass}>
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
          {...reg("graduatingThisYear")}
          defaultChecked={
            kept("graduatingThisYear") !== undefined ? kept("graduatingThisYear") === "on" : personal.graduatingThisYear
          }
          className="size-5"
        />
        {t("graduatingThisYear")}
      </label>
      {text("school")}
      {text("major", guide?.rule === "major" ? t("majorHint") : undefined)}
      <Field id="graduationYear" label={t("graduationYear")} error={error("graduationYear")}>
        {(a) => (
          <input
            {...a}
            {...reg("graduationYear")}
            inputMode="numeric"
            maxLength={4}
            defaultValue={value("graduationYear")}
            className={inputClass}
          />
        )}
      </Field>
      {byOccupation || personal.occupation ? text("occupation", guide ? t("occupationHint") : undefined) : null}
      {byOccupation || personal.employer ? text("employer") : null}
      {text("address")}
      {guide ? (
        <ProofCaseChoices
          value={value("educationProofCase")}
          error={error("educationProofCase")}
          control={reg("educationProofCase")}
        />
      ) : (
        <Field id="educationProofCase" label={t("educationProofCase")} error={error("educationProofCase")}>
          {(a) => (
            <select {...a} {...reg("educationProofCase")} defaultValue={value("educationProofCase")} className={inputClass}>
              {EDUCATION_PROOF_CASES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id}. {educationProofText(c.id, locale)?.situation}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </>
  );
}

/** 四(二)2's education-proof cases as choices, each saying what the candidate will upload. */
function ProofCaseChoices({
  value,
  error,
  control,
}: {
  value: string;
  error: string | undefined;
  control: { name: string } & Partial<UseFormRegisterReturn>;
}) {
  const t = useTranslations("wizard");
  const locale = useLocale();
  return (
    <fieldset>
      <legend className="font-medium">{t("educationProofCase")}</legend>
      <div className="mt-1 flex flex-col gap-2">
        {EDUCATION_PROOF_CASES.map((c) => (
          <label
            key={c.id}
            className="flex gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" {...control} value={c.id} defaultChecked={value === String(c.id)} className="mt-1 size-5" />
            <span>
              <span className="block">{educationProofText(c.id, locale)?.situation}</span>
              <span className="block text-sm text-slate-600">→ {educationProofText(c.id, locale)?.upload}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
