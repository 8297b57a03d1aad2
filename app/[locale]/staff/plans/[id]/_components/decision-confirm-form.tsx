"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { cancelPlanAction, movePlanAction } from "../actions";

/**
 * The second step of a cancellation or merge (ADR 080): the officer has seen each candidate's
 * fate above and confirms with a reason. The outcome is shown by the page from the decision's
 * record, so it stays after the plan's state changes and the form is gone.
 */
export function DecisionConfirmForm({
  planId,
  kind,
  targetBatchId,
  formId,
  disabled,
}: {
  planId: string;
  kind: "move" | "cancel";
  targetBatchId: string | null;
  formId: string;
  disabled: boolean;
}) {
  const t = useTranslations("staffExam.plan");
  const td = useTranslations("planDecisions");
  const form = useStaffAction((kind === "move" ? movePlanAction : cancelPlanAction).bind(null, planId));
  return (
    <form id={formId} action={form.formAction} className="flex flex-col gap-3">
      {targetBatchId ? <input type="hidden" name="targetBatchId" value={targetBatchId} /> : null}
      <Field
        id={`${formId}-reason`}
        label={kind === "move" ? t("moveReason") : t("cancelReason")}
        error={form.fieldError("reason") ?? form.fieldError("targetBatchId")}
      >
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={2}
            maxLength={200}
            required
            defaultValue={form.value("reason", kind === "move" ? t("defaultMoveReason") : t("defaultReason"))}
            className={inputClass}
          />
        )}
      </Field>
      {kind === "cancel" ? (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" required className="size-5" />
          {t("cancelConfirm")}
        </label>
      ) : null}
      <FormStatus error={form.formError} success={null} />
      <Button type="submit" variant={kind === "move" ? "primary" : "danger"} disabled={disabled || form.pending}>
        {kind === "move" ? td("confirmMove") : td("confirmCancel")}
      </Button>
    </form>
  );
}
