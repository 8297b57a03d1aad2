"use client";

import { useTranslations } from "next-intl";
import { importScoresAction } from "@/app/[locale]/staff/results/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { importScoresSchema } from "@/lib/schemas/staff-exam-forms";

/** 八: upload the batch's results sheet; problems are listed row by row, in Chinese, and nothing is imported. */
export function ImportForm({ batchId, label }: { batchId: string; label: string }) {
  const t = useTranslations("staffExam.import");
  const say = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: importScoresAction,
    schema: importScoresSchema,
  });
  const outcome = state?.ok ? state.data : null;
  const id = `scores-${batchId}`;
  return (
    <form {...formProps} className="flex flex-col gap-2" aria-label={t("formLabel", { batch: label })}>
      <HiddenFields form={fields} values={{ batchId }} />
      <FormField form={fields} name="file" id={id} label={t("fileLabel")} hint={t("hint")}>
        {({ defaultValue: _never, ...control }) => (
          <input
            {...control}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className={`${inputClass} py-2`}
          />
        )}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("importing") : t("submit")}
      </Button>
      <FormFailureAlert failure={formError ?? fields.errorOf("batchId")} />
      {outcome?.ok ? (
        <Alert tone="success">
          {t("done", {
            imported: outcome.imported,
            passed: outcome.passed,
            absent: outcome.absent,
            missing: outcome.stillMissing,
          })}
        </Alert>
      ) : null}
      {outcome && !outcome.ok ? (
        <Alert tone="error">
          <p className="font-semibold">{t("problems", { count: outcome.problems.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {outcome.problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                {p.line > 0 ? t("line", { line: p.line }) : t("wholeFile")}
                {say(`staffExam.import.issues.${p.issue}`)}
                {p.value ? <span className="ml-1 font-mono">「{p.value}」</span> : null}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </form>
  );
}
