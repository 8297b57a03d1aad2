"use client";

import { useTranslations } from "next-intl";
import { decideCorrectionAction } from "@/app/[locale]/staff/corrections/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { correctionDecisionFor, correctionDecisionSchema } from "@/lib/schemas/staff-desk-forms";

/**
 * Approve or reject one correction request; rejecting needs the reason the candidate will read
 * (`schemaFor("reject")`, ADR 133). The request in a hidden input, the button pressed the `intent`.
 */
export function CorrectionDecision({ id }: { id: string }) {
  const t = useTranslations("privacy.staff");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: decideCorrectionAction,
    schema: correctionDecisionSchema,
    schemaFor: correctionDecisionFor,
  });
  if (state?.ok) return <Alert tone="success">{t("decided")}</Alert>;
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <input type="hidden" {...fields.register("id")} value={id} />
      <FormField form={fields} name="answer" id={`answer-${id}`} label={t("answer")}>
        {(props) => <input {...props} className={inputClass} />}
      </FormField>
      <FormFailureAlert failure={formError} />
      <div className="flex gap-2">
        <Button type="submit" name="intent" value="approve" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="intent" value="reject" variant="secondary" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
