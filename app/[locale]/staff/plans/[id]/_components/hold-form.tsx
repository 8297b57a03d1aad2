"use client";

import { useTranslations } from "next-intl";
import { holdPlanAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** 四: hold the plan. Under the minimum the reason is required (the server checks it too). */
export function HoldForm({ planId, underMinimum }: { planId: string; underMinimum: boolean }) {
  const t = useTranslations("staffExam.plan");
  const form = useStaffAction(holdPlanAction.bind(null, planId));
  return (
    <form action={form.formAction} className="flex flex-col gap-3">
      <Field
        id="hold-reason"
        label={underMinimum ? t("holdReasonRequired") : t("holdReason")}
        hint={t("holdHint")}
        error={form.fieldError("reason")}
      >
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={2}
            maxLength={200}
            required={underMinimum}
            defaultValue={form.value("reason")}
            className={inputClass}
          />
        )}
      </Field>
      <FormStatus error={form.formError} success={form.data ? t("holdDone", { tickets: form.data.ticketsIssued }) : null} />
      <Button type="submit" disabled={form.pending}>
        {t("holdSubmit")}
      </Button>
    </form>
  );
}
