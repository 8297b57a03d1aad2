"use client";

import { useTranslations } from "next-intl";
import { issueCertificatesAction } from "@/app/[locale]/staff/results/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";

/** 九: certificates for passed candidates still without one, once the notice has ended (the daily job issues them; this catches corrections). */
export function IssueCertificatesButton({ planId }: { planId: string }) {
  const t = useTranslations("staffExam.certificates");
  const form = useStaffAction(issueCertificatesAction.bind(null, planId));
  return (
    <form action={form.formAction} className="flex flex-col gap-1">
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("issue")}
      </Button>
      <FormStatus error={form.formError} success={form.data ? t("issued", form.data) : null} />
    </form>
  );
}
