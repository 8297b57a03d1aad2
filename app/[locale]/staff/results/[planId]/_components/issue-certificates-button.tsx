"use client";

import { useTranslations } from "next-intl";
import { issueCertificatesAction } from "@/app/[locale]/staff/results/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { issueCertificatesSchema } from "@/lib/schemas/staff-exam-forms";

/** 九: certificates for passed candidates still without one, once the notice has ended (the daily job issues them; this catches corrections). */
export function IssueCertificatesButton({ planId }: { planId: string }) {
  const t = useTranslations("staffExam.certificates");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: issueCertificatesAction,
    schema: issueCertificatesSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <HiddenFields form={fields} values={{ planId }} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("issue")}
      </Button>
      <FormFailureAlert failure={formError ?? fields.errorOf("planId")} />
      {state?.ok ? <Alert tone="success">{t("issued", state.data)}</Alert> : null}
    </form>
  );
}
