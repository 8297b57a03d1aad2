"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { publishNoticeAction } from "@/app/[locale]/staff/results/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { publishNoticeSchema } from "@/lib/schemas/staff-exam-forms";
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
 * "cannot be taken back"); the confirm button posts confirm=true (issue 16 item 10). Without
 * JavaScript the first press posts without confirm and the page comes back with the same question.
 */
export function PublishButton({ scope, label, summary }: { scope: NoticeScope; label: string; summary: PublishSummary }) {
  const t = useTranslations("staffExam.results");
  const tw = useTranslations("staffWork.confirm");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: publishNoticeAction,
    schema: publishNoticeSchema,
  });
  // Without JavaScript the first button posts without `confirm` and the server asks to confirm first.
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const serverAsks = formError?.key === "staffWork.errors.confirmFirst";
  const open = confirming ?? serverAsks;
  const id = "planId" in scope ? `publish-${scope.planId}` : `publish-batch-${scope.batchId}`;
  if (state?.ok) return <Alert tone="success">{t("published", { ...state.data })}</Alert>;
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <HiddenFields form={fields} values={"planId" in scope ? { planId: scope.planId } : { batchId: scope.batchId }} />
      {open ? (
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
          <input type="hidden" {...fields.register("confirm")} defaultValue="true" />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" className="text-sm" disabled={pending}>
              {tw("publishConfirm")}
            </Button>
            <Button type="button" variant="secondary" className="text-sm" onClick={() => setConfirming(false)}>
              {tw("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="submit"
          variant={"batchId" in scope ? "primary" : "secondary"}
          className="text-sm"
          onClick={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          {label}
        </Button>
      )}
      <FormFailureAlert
        failure={(open && serverAsks ? null : formError) ?? fields.errorOf("planId") ?? fields.errorOf("batchId")}
      />
    </form>
  );
}
