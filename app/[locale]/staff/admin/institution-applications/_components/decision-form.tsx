"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/failure-text";
import { institutionDecisionFieldsSchema, institutionDecisionSchemaFor } from "@/lib/schemas/institution-decision-schema";
import { decideInstitutionApplicationAction } from "../actions";

/**
 * Approve (the temporary password is shown once), return or reject with the reason the applicant
 * reads. On react-hook-form (ADR 133): the button pressed is the `intent`, and the reason is
 * checked with the action's rule for that decision before posting. The application is the
 * hidden `applicationId` (unbound action).
 */
export function DecisionForm({ id, open }: { id: string; open: boolean }) {
  const t = useTranslations("institutionApply.staff");
  const form = useActionForm({
    action: decideInstitutionApplicationAction,
    schema: institutionDecisionFieldsSchema,
    schemaFor: institutionDecisionSchemaFor,
  });
  const { state } = form;
  if (state?.ok)
    return (
      <Alert tone="success">
        <span>
          {state.data.status === "APPROVED"
            ? t("approved", { login: state.data.login ?? "", password: state.data.temporaryPassword ?? "" })
            : t("decided")}
        </span>
      </Alert>
    );
  if (!open) return null;
  return (
    <form {...form.formProps} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="applicationId" value={id} />
      <FormField form={form.fields} name="reason" id={`reason-${id}`} label={t("reasonLabel")}>
        {(props) => <textarea {...props} rows={2} maxLength={500} className={inputClass} />}
      </FormField>
      <FormError failure={form.formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="approve" disabled={form.pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="intent" value="return" variant="secondary" disabled={form.pending}>
          {t("return")}
        </Button>
        <Button type="submit" name="intent" value="reject" variant="secondary" disabled={form.pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
