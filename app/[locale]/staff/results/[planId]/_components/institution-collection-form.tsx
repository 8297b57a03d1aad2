"use client";

import { useTranslations } from "next-intl";
import { institutionCollectionAction } from "@/app/[locale]/staff/results/[planId]/actions";
import { CheckboxField, HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { institutionCollectionFormSchema } from "@/lib/schemas/staff-exam-forms";

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
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: institutionCollectionAction,
    schema: institutionCollectionFormSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <HiddenFields form={fields} values={{ planId, institutionId }} />
      <FormField form={fields} name="collector" id={`collector-${institutionId}`} label={t("collector")}>
        {(control) => <input {...control} maxLength={40} className={inputClass} />}
      </FormField>
      <CheckboxField form={fields} name="formSigned" id={`form-signed-${institutionId}`} label={t("formSigned")} />
      <FormField form={fields} name="note" id={`note-${institutionId}`} label={t("note")}>
        {(control) => <input {...control} maxLength={200} className={inputClass} />}
      </FormField>
      <FormFailureAlert failure={formError ?? fields.errorOf("planId") ?? fields.errorOf("institutionId")} />
      {state?.ok ? <Alert tone="success">{t("institutionCollected", state.data)}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {t("collectInstitution", { count })}
      </Button>
    </form>
  );
}
