"use client";

import { useTranslations } from "next-intl";
import { personalCollectionAction } from "@/app/[locale]/staff/results/[planId]/actions";
import { CheckboxField, HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { personalCollectionSchema } from "@/lib/schemas/exam-results-schema";

/** 九 individual collection: in person, with a valid ID card that the officer checked. */
export function PersonalCollectionForm({ applicationId, who }: { applicationId: string; who: string }) {
  const t = useTranslations("staffExam.certificates");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: personalCollectionAction,
    schema: personalCollectionSchema,
  });
  if (state?.ok) return <Alert tone="success">{t("collectedNow")}</Alert>;
  return (
    <form {...formProps} className="flex flex-col gap-1 text-sm" aria-label={t("collectFor", { who })}>
      <HiddenFields form={fields} values={{ applicationId }} />
      <CheckboxField form={fields} name="idChecked" id={`id-checked-${applicationId}`} label={t("idChecked")} />
      <input
        {...fields.register("note")}
        aria-label={t("note")}
        placeholder={t("note")}
        maxLength={200}
        defaultValue={fields.keptValue("note")}
        className={cn(inputClass, "text-sm")}
      />
      <Button type="submit" variant="secondary" className="min-h-9 text-sm" disabled={pending}>
        {t("collect")}
      </Button>
      <FormFailureAlert failure={formError ?? fields.errorOf("note") ?? fields.errorOf("applicationId")} />
    </form>
  );
}
