"use client";

import { useTranslations } from "next-intl";
import { importScoresAction } from "@/app/[locale]/staff/results/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** 八: upload the batch's results sheet; problems are listed row by row, in Chinese, and nothing is imported. */
export function ImportForm({ batchId, label }: { batchId: string; label: string }) {
  const t = useTranslations("staffExam.import");
  const form = useStaffAction(importScoresAction.bind(null, batchId));
  const outcome = form.data;
  const id = `scores-${batchId}`;
  return (
    <form action={form.formAction} className="flex flex-col gap-2" aria-label={t("formLabel", { batch: label })}>
      <Field id={id} label={t("fileLabel")} hint={t("hint")} error={form.fieldError("file")}>
        {(a) => (
          <input
            {...a}
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            required
            className={`${inputClass} py-2`}
          />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {form.pending ? t("importing") : t("submit")}
      </Button>
      <FormStatus
        error={form.formError}
        success={
          outcome?.ok
            ? t("done", {
                imported: outcome.imported,
                passed: outcome.passed,
                absent: outcome.absent,
                missing: outcome.stillMissing,
              })
            : null
        }
      />
      {outcome && !outcome.ok ? (
        <Alert tone="error">
          <p className="font-semibold">{t("problems", { count: outcome.problems.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {outcome.problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                {p.line > 0 ? t("line", { line: p.line }) : t("wholeFile")}
                {form.translate(`staffExam.import.issues.${p.issue}`)}
                {p.value ? <span className="ml-1 font-mono">「{p.value}」</span> : null}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </form>
  );
}
