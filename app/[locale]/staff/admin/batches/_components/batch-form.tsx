"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AdminField } from "@/components/staff/admin/admin-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { SaveBatchState } from "../../calendar-actions";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/**
 * 三: one batch's nine dates. When the dates raise warnings (holiday exam, a batch entered twice
 * or overlapping, a year whose holidays are not known) nothing is saved: the warnings are listed
 * and a second button saves them confirmed (issue 17 item 6, ADR 084).
 */
export function BatchForm({
  action,
  fields,
  submitLabel,
  successMessage,
}: {
  action: (previous: SaveBatchState | null, formData: FormData) => Promise<SaveBatchState>;
  fields: AdminField[];
  submitLabel: string;
  successMessage: string;
}) {
  const t = useTranslations("batchHousekeeping");
  const tr = useTranslations();
  const say = useFailureText();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const data = state?.ok ? state.data : null;
  const values = failed?.values ?? data?.values ?? {};
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  const warnings = (data?.warnings ?? []).map((w) => <li key={`${w.key}-${JSON.stringify(w.values)}`}>{tr(w.key, w.values)}</li>);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {fields.map((f) => (
        <Field key={f.name} id={`${f.name}-field`} label={f.label} error={error(f.name)}>
          {(a) => (
            <input
              {...a}
              type={f.type === "date" ? "date" : "text"}
              name={f.name}
              defaultValue={values[f.name] ?? f.defaultValue ?? ""}
              className={inputClass}
              required={f.required}
            />
          )}
        </Field>
      ))}
      <FormError failure={failed?.formError} />
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
          <Button type="submit" name="confirm" value="true" disabled={pending}>
            {t("confirmSave")}
          </Button>
        ) : null}
        <Button type="submit" variant={data && !data.saved ? "secondary" : "primary"} disabled={pending}>
          {data && !data.saved ? t("checkAgain") : submitLabel}
        </Button>
      </div>
    </form>
  );
}
