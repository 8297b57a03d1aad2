"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { importStatementAction } from "@/app/[locale]/staff/payments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useFailureText } from "@/components/ui/failure-text";

/** Upload of the bank's export (.xlsx or .csv); the result says how many lines came in and which rows could not be read. */
export function StatementImportForm() {
  const t = useTranslations("staffPayments.statement");
  const say = useFailureText();
  const ts = useTranslations("reconciliation.skipped");
  const tc = useTranslations("reconciliation");
  const [state, action, pending] = useActionState(importStatementAction, null);
  const fileError = state && !state.ok ? (state.fieldErrors.file?.[0] ?? state.formError) : null;
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <Field id="statement-file" label={t("file")} error={say(fileError)}>
        {(a) => (
          <input
            {...a}
            type="file"
            name="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            className={`${inputClass} py-2`}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t("import")}
      </Button>
      {state?.ok ? (
        <Alert tone="success">
          <p>
            {t("imported", {
              imported: state.data.imported,
              duplicates: state.data.duplicates,
              outgoing: state.data.outgoing,
              encoding: state.data.encoding,
            })}
          </p>
          {state.data.problems.length > 0 ? (
            <p className="mt-1">
              {t("problems", { rows: state.data.problems.map((p) => t(`rowErrors.${p.problem}`, { row: p.row })).join("；") })}
            </p>
          ) : null}
          {state.data.linkedToConfirmed > 0 ? (
            <p className="mt-1">{tc("linkedToConfirmed", { n: state.data.linkedToConfirmed })}</p>
          ) : null}
          {(["outgoing", "summary"] as const).map((kind) => {
            const rows = state.data.skipped.filter((s) => s.kind === kind).map((s) => s.row);
            return rows.length > 0 ? (
              <p key={kind} className="mt-1">
                {ts(kind, { rows: rows.join("、") })}
              </p>
            ) : null;
          })}
        </Alert>
      ) : null}
    </form>
  );
}
