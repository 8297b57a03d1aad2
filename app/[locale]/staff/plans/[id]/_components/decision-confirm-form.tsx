"use client";

import { useTranslations } from "next-intl";
import { CheckboxField, HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { type ActionForm, useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cancelPlanFormSchema, movePlanFormSchema } from "@/lib/schemas/staff-exam-forms";
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
  return kind === "move" ? (
    <MoveConfirmForm planId={planId} targetBatchId={targetBatchId} formId={formId} disabled={disabled} />
  ) : (
    <CancelConfirmForm planId={planId} formId={formId} disabled={disabled} />
  );
}

function MoveConfirmForm({
  planId,
  targetBatchId,
  formId,
  disabled,
}: {
  planId: string;
  targetBatchId: string | null;
  formId: string;
  disabled: boolean;
}) {
  const t = useTranslations("staffExam.plan");
  const td = useTranslations("planDecisions");
  const { pending, fields, formError, formProps } = useActionForm({ action: movePlanAction, schema: movePlanFormSchema });
  return (
    <form id={formId} {...formProps} className="flex flex-col gap-3">
      <HiddenFields form={fields} values={{ planId, targetBatchId: targetBatchId ?? "" }} />
      <ReasonField form={fields} id={`${formId}-reason`} label={t("moveReason")} defaultValue={t("defaultMoveReason")} />
      <FormFailureAlert failure={formError ?? fields.errorOf("targetBatchId") ?? fields.errorOf("planId")} />
      <Button type="submit" disabled={disabled || pending}>
        {td("confirmMove")}
      </Button>
    </form>
  );
}

function CancelConfirmForm({ planId, formId, disabled }: { planId: string; formId: string; disabled: boolean }) {
  const t = useTranslations("staffExam.plan");
  const td = useTranslations("planDecisions");
  const { pending, fields, formError, formProps } = useActionForm({ action: cancelPlanAction, schema: cancelPlanFormSchema });
  return (
    <form id={formId} {...formProps} className="flex flex-col gap-3">
      <HiddenFields form={fields} values={{ planId }} />
      <ReasonField form={fields} id={`${formId}-reason`} label={t("cancelReason")} defaultValue={t("defaultReason")} />
      <CheckboxField form={fields} name="confirmed" id={`${formId}-confirmed`} label={t("cancelConfirm")} />
      <FormFailureAlert failure={formError ?? fields.errorOf("planId")} />
      <Button type="submit" variant="danger" disabled={disabled || pending}>
        {td("confirmCancel")}
      </Button>
    </form>
  );
}

function ReasonField({
  form,
  id,
  label,
  defaultValue,
}: {
  form: ActionForm<"reason">;
  id: string;
  label: string;
  defaultValue: string;
}) {
  return (
    <FormField form={form} name="reason" id={id} label={label} defaultValue={defaultValue}>
      {(control) => <textarea {...control} rows={2} maxLength={200} className={inputClass} />}
    </FormField>
  );
}
