"use client";

import { useTranslations } from "next-intl";
import { holdPlanAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { holdPlanFormSchema } from "@/lib/schemas/staff-exam-forms";

/** 四: hold the plan. Under the minimum the reason is required (the server checks it). */
export function HoldForm({ planId, underMinimum }: { planId: string; underMinimum: boolean }) {
  const t = useTranslations("staffExam.plan");
  const { state, pending, fields, formError, formProps } = useActionForm({ action: holdPlanAction, schema: holdPlanFormSchema });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <HiddenFields form={fields} values={{ planId }} />
      <FormField
        form={fields}
        name="reason"
        id="hold-reason"
        label={underMinimum ? t("holdReasonRequired") : t("holdReason")}
        hint={t("holdHint")}
      >
        {(control) => <textarea {...control} rows={2} maxLength={200} className={inputClass} />}
      </FormField>
      <FormFailureAlert failure={formError ?? fields.errorOf("planId")} />
      {state?.ok ? <Alert tone="success">{t("holdDone", { tickets: state.data.ticketsIssued })}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {t("holdSubmit")}
      </Button>
    </form>
  );
}
