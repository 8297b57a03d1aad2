"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { publishNoticeAction } from "@/app/[locale]/staff/results/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import type { NoticeScope } from "@/lib/server/results/publish-notice";

export interface PublishSummary {
  plans: number;
  candidates: number;
  passed: number;
  absent: number;
}

/**
 * 八 成绩公示: one plan, or the whole batch. The server refuses before the 5th working day after the
 * exam. Publishing is public and final, so the first press only shows what will happen (counts,
 * "cannot be taken back"); the confirm button posts confirm=true (issue 16 item 10).
 */
export function PublishButton({ scope, label, summary }: { scope: NoticeScope; label: string; summary: PublishSummary }) {
  const t = useTranslations("staffExam.results");
  const tw = useTranslations("staffWork.confirm");
  const form = useStaffAction(publishNoticeAction.bind(null, scope));
  const [confirming, setConfirming] = useState(false);
  const id = "planId" in scope ? `publish-${scope.planId}` : `publish-batch-${scope.batchId}`;
  if (form.data) return <FormStatus error={null} success={t("published", { ...form.data })} />;
  return (
    <form action={form.formAction} className="flex flex-col gap-1">
      {confirming ? (
        <div
          role="alertdialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-body`}
          className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3"
        >
          <p id={`${id}-title`} className="font-semibold">
            {tw("publishTitle")}
          </p>
          <p id={`${id}-body`} className="text-sm">
            {tw("publishBody", { ...summary })}
          </p>
          <input type="hidden" name="confirm" value="true" />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" className="text-sm" disabled={form.pending}>
              {tw("publishConfirm")}
            </Button>
            <Button type="button" variant="secondary" className="text-sm" onClick={() => setConfirming(false)}>
              {tw("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          variant={"batchId" in scope ? "primary" : "secondary"}
          className="text-sm"
          onClick={() => setConfirming(true)}
        >
          {label}
        </Button>
      )}
      <FormStatus error={form.formError} success={null} />
    </form>
  );
}
