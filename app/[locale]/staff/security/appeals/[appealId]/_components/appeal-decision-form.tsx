"use client";

import { useTranslations } from "next-intl";
import { decideAppealAction } from "@/app/[locale]/staff/security/appeals/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { appealDecisionFor, appealDecisionFormSchema } from "@/lib/schemas/staff-desk-forms";

/**
 * Approve or reject; a rejection needs a reason the appellant will read (`schemaFor("reject")`,
 * ADR 133). The appeal in a hidden input, the button pressed the `intent`.
 */
export function AppealDecisionForm({ appealId }: { appealId: string }) {
  const t = useTranslations("identity.staffAppeals");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: decideAppealAction,
    schema: appealDecisionFormSchema,
    schemaFor: appealDecisionFor,
  });
  if (state?.ok) return <Alert tone="success">{t(`decided.${state.data.status}`)}</Alert>;
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" {...fields.register("appealId")} value={appealId} />
      <p className="text-sm text-slate-700">{t("approveEffect")}</p>
      <FormField form={fields} name="reason" id="reason" label={t("reason")} hint={t("reasonHint")}>
        {(props) => <textarea {...props} rows={3} maxLength={500} className={inputClass} />}
      </FormField>
      <FormFailureAlert failure={formError} />
      <div className="flex gap-3">
        <Button type="submit" name="intent" value="approve" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="intent" value="reject" variant="danger" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
