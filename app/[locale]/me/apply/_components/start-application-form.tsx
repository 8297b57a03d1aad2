"use client";

import { useTranslations } from "next-intl";
import { startApplicationAction } from "@/app/[locale]/me/apply/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { startApplicationSchema } from "@/lib/schemas/application-schema";

export function StartApplicationForm({
  batches,
  projects,
}: {
  batches: { id: string; label: string }[];
  projects: { seq: number; name: string }[];
}) {
  const t = useTranslations("applications");
  const { pending, fields, formError, formProps } = useActionForm({
    action: startApplicationAction,
    schema: startApplicationSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <FormField form={fields} name="batchId" label={t("batch")} defaultValue={batches[0]?.id ?? ""}>
        {(control) => (
          <select {...control} className={inputClass}>
            {batches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={fields} name="projectSeq" label={t("project")} defaultValue="1">
        {(control) => (
          <select {...control} className={inputClass}>
            {projects.map((p) => (
              <option key={p.seq} value={p.seq}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormFailureAlert failure={formError} />
      <Button type="submit" disabled={pending}>
        {t("start")}
      </Button>
    </form>
  );
}
