"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import type { ActionForm } from "@/components/forms/use-action-form";
import { useActionForm } from "@/components/forms/use-action-form";
import type { AdminField } from "@/components/staff/admin/admin-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/failure-text";
import { batchFormSchema } from "@/lib/schemas/staff-admin-fields";
import { saveBatchAction } from "../../calendar-actions";

/**
 * 三: one batch's nine dates, on react-hook-form with the action's schema (ADR 133): each date
 * checked as it is left; the order rules are the action's (lib/server/admin/batch-rules.ts). When
 * the dates raise warnings (holiday exam, a batch entered twice or overlapping, a year whose
 * holidays are not known) nothing is saved: the warnings are listed and a second button saves
 * them confirmed (issue 17 item 6, ADR 084). The batch is the hidden `batchId` (empty: a new one).
 */
export function BatchForm({
  batchId,
  fields,
  submitLabel,
  successMessage,
}: {
  batchId: string | null;
  fields: AdminField[];
  submitLabel: string;
  successMessage: string;
}) {
  const t = useTranslations("batchHousekeeping");
  const tr = useTranslations();
  const form = useActionForm({
    action: saveBatchAction,
    schema: batchFormSchema,
    // The dates stay in the form while the warnings wait for a confirmation (also without JavaScript).
    keep: (data) => data.values ?? {},
  });
  const rhf: ActionForm = form.fields;
  const data = form.state?.ok ? form.state.data : null;
  const warnings = (data?.warnings ?? []).map((w) => <li key={`${w.key}-${JSON.stringify(w.values)}`}>{tr(w.key, w.values)}</li>);
  return (
    <form {...form.formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="batchId" value={batchId ?? ""} />
      {fields.map((f) => (
        <FormField key={f.name} form={rhf} name={f.name} id={`${f.name}-field`} label={f.label} defaultValue={f.defaultValue}>
          {(props) => (
            <input {...props} type={f.type === "date" ? "date" : "text"} className={inputClass} aria-required={f.required} />
          )}
        </FormField>
      ))}
      <FormError failure={form.formError} />
      {data && !data.saved ? (
        <Alert tone="info">
          <p className="font-medium">{t("confirmIntro")}</p>
          <ul className="mt-1 list-disc pl-5">{warnings}</ul>
        </Alert>
      ) : null}
      {data?.saved ? (
        <Alert tone="success">
          {successMessage}
          {warnings.length > 0 ? <ul className="mt-1 list-disc pl-5">{warnings}</ul> : null}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {data && !data.saved ? (
          <Button type="submit" name="confirm" value="true" disabled={form.pending}>
            {t("confirmSave")}
          </Button>
        ) : null}
        <Button type="submit" variant={data && !data.saved ? "secondary" : "primary"} disabled={form.pending}>
          {data && !data.saved ? t("checkAgain") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
