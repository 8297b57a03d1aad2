"use client";

import { useTranslations } from "next-intl";
import { cancelPlanAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** 四 "原则上不予组织考核": cancel the plan; every applicant is told the reason. */
export function CancelForm({ planId }: { planId: string }) {
  const t = useTranslations("staffExam.plan");
  const form = useStaffAction(cancelPlanAction.bind(null, planId));
  return (
    <form action={form.formAction} className="flex flex-col gap-3">
      <Field id="cancel-reason" label={t("cancelReason")} hint={t("cancelHint")} error={form.fieldError("reason")}>
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={2}
            maxLength={200}
            required
            defaultValue={form.value("reason", t("defaultReason"))}
            className={inputClass}
          />
        )}
      </Field>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" required className="size-5" />
        {t("cancelConfirm")}
      </label>
      <FormStatus error={form.formError} success={form.data ? t("cancelDone", { count: form.data.cancelled }) : null} />
      <Button type="submit" variant="danger" disabled={form.pending}>
        {t("cancelSubmit")}
      </Button>
    </form>
  );
}
