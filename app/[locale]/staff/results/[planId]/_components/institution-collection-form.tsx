"use client";

import { useTranslations } from "next-intl";
import { institutionCollectionAction } from "@/app/[locale]/staff/results/[planId]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** 九 institution collection: the envoy's name, and the signed and stamped 登记表 original seen. */
export function InstitutionCollectionForm({
  planId,
  institutionId,
  count,
}: {
  planId: string;
  institutionId: string;
  count: number;
}) {
  const t = useTranslations("staffExam.certificates");
  const form = useStaffAction(institutionCollectionAction.bind(null, planId));
  return (
    <form action={form.formAction} className="flex flex-col gap-2">
      <input type="hidden" name="institutionId" value={institutionId} />
      <Field id={`collector-${institutionId}`} label={t("collector")} error={form.fieldError("collector")}>
        {(a) => <input {...a} name="collector" maxLength={40} defaultValue={form.value("collector")} className={inputClass} />}
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="formSigned" className="size-5" aria-invalid={Boolean(form.fieldError("formSigned"))} />
        {t("formSigned")}
      </label>
      {form.fieldError("formSigned") ? (
        <p role="alert" className="text-sm text-red-700">
          {form.fieldError("formSigned")}
        </p>
      ) : null}
      <Field id={`note-${institutionId}`} label={t("note")} error={form.fieldError("note")}>
        {(a) => <input {...a} name="note" maxLength={200} defaultValue={form.value("note")} className={inputClass} />}
      </Field>
      <FormStatus error={form.formError} success={form.data ? t("institutionCollected", form.data) : null} />
      <Button type="submit" disabled={form.pending}>
        {t("collectInstitution", { count })}
      </Button>
    </form>
  );
}
