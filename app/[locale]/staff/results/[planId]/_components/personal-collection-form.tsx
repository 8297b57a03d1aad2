"use client";

import { useTranslations } from "next-intl";
import { personalCollectionAction } from "@/app/[locale]/staff/results/[planId]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/cn";

/** 九 individual collection: in person, with a valid ID card that the officer checked. */
export function PersonalCollectionForm({ applicationId, who }: { applicationId: string; who: string }) {
  const t = useTranslations("staffExam.certificates");
  const form = useStaffAction(personalCollectionAction);
  const error = form.fieldError("idChecked") ?? form.formError;
  if (form.data) return <FormStatus error={null} success={t("collectedNow")} />;
  return (
    <form action={form.formAction} className="flex flex-col gap-1" aria-label={t("collectFor", { who })}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="idChecked" className="size-5" />
        {t("idChecked")}
      </label>
      <input name="note" aria-label={t("note")} placeholder={t("note")} maxLength={200} className={cn(inputClass, "text-sm")} />
      <Button type="submit" variant="secondary" className="min-h-9 text-sm" disabled={form.pending}>
        {t("collect")}
      </Button>
      <FormStatus error={error} success={null} />
    </form>
  );
}
