"use client";

import type { TranslationValues } from "next-intl";
import { useActionState, useMemo, useState, useTransition, type FormEvent } from "react";
import { checkEligibilityAction } from "@/app/[locale]/eligibility/actions";
import { Field, inputClass } from "@/components/ui/field";
import { alertRole, alertVariants, buttonVariants } from "@/components/ui/variants";
import type { Failure } from "@/lib/action-result";
import { failureText, type RootTranslator } from "@/lib/i18n/failure-text";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { EligibilityDto } from "@/lib/server/eligibility/check-eligibility";
import { EligibilityResult } from "@/components/public/eligibility-result";
import type { EligibilityText } from "@/components/public/eligibility-text";

export type { EligibilityText } from "@/components/public/eligibility-text";

interface ProjectOption {
  seq: number;
  name: string;
  conditions: { code: string; text: string }[];
}

/**
 * 附件1 self-check. The server action validates and decides; this island only keeps the condition
 * list in step with the project and shows the answer. Strings come translated from the page, so
 * neither next-intl, zod nor a form library is shipped to the browser (ADR 050).
 */
export function EligibilityForm({
  projects,
  text,
  education,
  errors,
}: {
  projects: ProjectOption[];
  text: EligibilityText;
  education: { value: string; label: string }[];
  /** Error messages by the keys the action's failures name ("errors.idNumber.checksum"). */
  errors: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState<Awaited<ReturnType<typeof checkEligibilityAction>> | null, FormData>(
    checkEligibilityAction,
    null,
  );
  const [, startTransition] = useTransition();
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const [project, setProject] = useState(values.project ?? String(projects[0]?.seq ?? 1));
  const selected = projects.find((p) => String(p.seq) === project);
  const t = useMemo(() => flatTranslator(errors), [errors]);
  const message = (failure: Failure | null | undefined) => (failure ? failureText(t, failure) : undefined);
  const fieldError = (name: string) => message(failed?.fieldErrors[name]?.[0]);
  const result: EligibilityDto | null = state?.ok ? state.data : null;

  // Submitting from here keeps what the person typed (React resets a form whose `action` ran);
  // without JavaScript the form posts to the same action and the page comes back with `values`.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <Field id="project" label={text.project} error={fieldError("project")}>
          {(a) => (
            <select {...a} name="project" value={project} onChange={(e) => setProject(e.target.value)} className={inputClass}>
              {projects.map((p) => (
                <option key={p.seq} value={p.seq}>
                  {p.seq}. {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="condition" label={text.condition} error={fieldError("condition")}>
          {(a) => (
            // Keyed by project: another project's conditions start again from "any".
            <select {...a} key={project} name="condition" defaultValue={values.condition ?? ""} className={inputClass}>
              <option value="">{text.anyCondition}</option>
              {selected?.conditions.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.text}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="idNumber" label={text.idNumber} hint={text.idNumberHint} error={fieldError("idNumber")}>
          {(a) => (
            <input
              {...a}
              name="idNumber"
              defaultValue={values.idNumber ?? ""}
              className={inputClass}
              autoComplete="off"
              inputMode="text"
              maxLength={18}
            />
          )}
        </Field>
        <Field id="birthDate" label={text.birthDate} error={fieldError("birthDate")}>
          {(a) => <input {...a} name="birthDate" type="date" defaultValue={values.birthDate ?? ""} className={inputClass} />}
        </Field>
        <Field id="education" label={text.education} error={fieldError("education")}>
          {(a) => (
            <select {...a} name="education" defaultValue={values.education ?? "UPPER_SECONDARY"} className={inputClass}>
              {education.map((level) => (
                <option key={level.value} value={level.value}>
                  {level.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            name="graduatingThisYear"
            value="true"
            defaultChecked={values.graduatingThisYear === "true"}
            className="size-5"
          />
          {text.graduatingThisYear}
        </label>
        <Field id="major" label={text.major} hint={text.majorHint} error={fieldError("major")}>
          {(a) => <input {...a} name="major" defaultValue={values.major ?? ""} className={inputClass} />}
        </Field>
        <Field id="occupation" label={text.occupation} hint={text.occupationHint} error={fieldError("occupation")}>
          {(a) => <input {...a} name="occupation" defaultValue={values.occupation ?? ""} className={inputClass} />}
        </Field>
        {failed?.formError ? (
          <div role={alertRole("error")} className={alertVariants({ tone: "error" })}>
            {message(failed.formError)}
          </div>
        ) : null}
        <button type="submit" disabled={pending} className={buttonVariants()}>
          {text.submit}
        </button>
      </form>
      <div aria-live="polite">{result ? <EligibilityResult result={result} text={text} /> : null}</div>
    </div>
  );
}

/**
 * The page's `errors` messages as the translator `failureText` takes, without next-intl in the
 * browser (ADR 050): these messages have plain `{name}` arguments at most.
 */
function flatTranslator(errors: Record<string, string>): RootTranslator {
  const say = (key: MessageKey, values?: TranslationValues) =>
    (errors[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values?.[name];
      return typeof value === "string" || typeof value === "number" ? String(value) : whole;
    });
  return Object.assign(say, { has: (key: MessageKey) => key in errors });
}
