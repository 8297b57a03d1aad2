"use client";

import { useTranslations } from "next-intl";
import { publishNoticeAction } from "@/app/[locale]/staff/results/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import type { NoticeScope } from "@/lib/server/results/publish-notice";

/** 八 成绩公示: one plan, or the whole batch. The server refuses before the 5th working day after the exam. */
export function PublishButton({ scope, label }: { scope: NoticeScope; label: string }) {
  const t = useTranslations("staffExam.results");
  const form = useStaffAction(publishNoticeAction.bind(null, scope));
  return (
    <form action={form.formAction} className="flex flex-col gap-1">
      <Button type="submit" variant={"batchId" in scope ? "primary" : "secondary"} className="text-sm" disabled={form.pending}>
        {label}
      </Button>
      <FormStatus error={form.formError} success={form.data ? t("published", { ...form.data }) : null} />
    </form>
  );
}
