"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { checkEligibilityAction } from "@/app/[locale]/eligibility/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { EDUCATION_LEVELS, type IsoDate } from "@/lib/domain/types";
import { eligibilitySchema, type EligibilityInput, type EligibilityQuery } from "@/lib/schemas/eligibility-schema";
import type { EligibilityDto } from "@/lib/server/eligibility/check-eligibility";
import { EligibilityResult } from "./eligibility-result";

interface ProjectOption {
  seq: number;
  name: string;
  conditions: { code: string; text: string }[];
}

export function EligibilityForm({ projects, today }: { projects: ProjectOption[]; today: IsoDate }) {
  const t = useTranslations("eligibility");
  const tr = useTranslations();
  const te = useTranslations("education");
  const schema = useMemo(() => eligibilitySchema(today), [today]);
  const form = useForm<EligibilityInput, unknown, EligibilityQuery>({
    resolver: zodResolver(schema),
    defaultValues: {
      project: 1,
      condition: "",
      idNumber: "",
      birthDate: "",
      education: "upper-secondary",
      graduatingThisYear: false,
      major: "",
      occupation: "",
    },
  });
  const [result, setResult] = useState<EligibilityDto | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { errors } = form.formState;
  const project = useWatch({ control: form.control, name: "project" });
  const selected = projects.find((p) => p.seq === Number(project));
  const message = (key: string | undefined) => (key ? tr(key as never) : undefined);

  const onSubmit = form.handleSubmit((values) => {
    startTransition(async () => {
      setFormError(null);
      const outcome = await checkEligibilityAction(values);
      if (outcome.ok) {
        setResult(outcome.data);
        return;
      }
      setResult(null);
      setFormError(outcome.formError);
      let first = true;
      for (const [name, keys] of Object.entries(outcome.fieldErrors)) {
        const key = keys?.[0];
        if (!key) continue;
        form.setError(name as keyof EligibilityInput, { message: key }, { shouldFocus: first });
        first = false;
      }
    });
  });

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <Field id="project" label={t("project")} error={message(errors.project?.message)}>
          {(a) => (
            <select
              {...a}
              {...form.register("project", { onChange: () => form.setValue("condition", "") })}
              className={inputClass}
            >
              {projects.map((p) => (
                <option key={p.seq} value={p.seq}>
                  {p.seq}. {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="condition" label={t("condition")} error={message(errors.condition?.message)}>
          {(a) => (
            <select {...a} {...form.register("condition")} className={inputClass}>
              <option value="">{t("anyCondition")}</option>
              {selected?.conditions.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.text}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="idNumber" label={t("idNumber")} hint={t("idNumberHint")} error={message(errors.idNumber?.message)}>
          {(a) => (
            <input
              {...a}
              {...form.register("idNumber")}
              className={inputClass}
              autoComplete="off"
              inputMode="text"
              maxLength={18}
            />
          )}
        </Field>
        <Field id="birthDate" label={t("birthDate")} error={message(errors.birthDate?.message)}>
          {(a) => <input {...a} {...form.register("birthDate")} type="date" className={inputClass} />}
        </Field>
        <Field id="education" label={t("education")} error={message(errors.education?.message)}>
          {(a) => (
            <select {...a} {...form.register("education")} className={inputClass}>
              {EDUCATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {te(level)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...form.register("graduatingThisYear")} className="size-5" />
          {t("graduatingThisYear")}
        </label>
        <Field id="major" label={t("major")} hint={t("majorHint")} error={message(errors.major?.message)}>
          {(a) => <input {...a} {...form.register("major")} className={inputClass} />}
        </Field>
        <Field id="occupation" label={t("occupation")} hint={t("occupationHint")} error={message(errors.occupation?.message)}>
          {(a) => <input {...a} {...form.register("occupation")} className={inputClass} />}
        </Field>
        {formError ? <Alert tone="error">{message(formError)}</Alert> : null}
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
      <div aria-live="polite">{result ? <EligibilityResult result={result} /> : null}</div>
    </div>
  );
}
