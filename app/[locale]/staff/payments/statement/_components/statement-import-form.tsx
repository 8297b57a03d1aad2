"use client";

import { useTranslations } from "next-intl";
import { importStatementAction } from "@/app/[locale]/staff/payments/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { statementImportFormSchema } from "@/lib/schemas/staff-payment-forms";

/**
 * Upload of the bank's export (.xlsx or .csv); the result says how many lines came in and which
 * rows could not be read. The browser checks a file was chosen; size and contents are the action's.
 */
export function StatementImportForm() {
  const t = useTranslations("staffPayments.statement");
  const ts = useTranslations("reconciliation.skipped");
  const tc = useTranslations("reconciliation");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: importStatementAction,
    schema: statementImportFormSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <FormField form={fields} name="file" id="statement-file" label={t("file")}>
        {({ defaultValue: _none, ...props }) => (
          <input
            {...props}
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            className={`${inputClass} py-2`}
          />
        )}
      </FormField>
      <FormFailureAlert failure={formError} />
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
