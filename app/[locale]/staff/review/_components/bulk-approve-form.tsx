"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { bulkApproveAction } from "@/app/[locale]/staff/review/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { bulkApproveFormSchema } from "@/lib/schemas/staff-review-forms";

/**
 * Wraps the queue table: the ticked clean rows post as `item` = `id:version`. Approving cannot be
 * taken back, so the first press shows how many will be approved and the confirm button posts
 * confirm=true (issue 16 item 10); the use case refuses without it. The ticked rows are the
 * server-rendered queue's checkboxes, checked by the action (`bulkApproveSchema`, ADR 140).
 */
export function BulkApproveForm({ children, hasClean }: { children: ReactNode; hasClean: boolean }) {
  const t = useTranslations("staffReview");
  const tw = useTranslations("staffWork.confirm");
  const { state, pending, formError, formProps } = useActionForm({ action: bulkApproveAction, schema: bulkApproveFormSchema });
  const formRef = useRef<HTMLFormElement>(null);
  // The step belongs to the answer it was opened after: a new answer from the server closes it.
  const [step, setStep] = useState<{ count: number; after: typeof state } | null>(null);
  const confirming = step && step.after === state ? step.count : null;
  const setConfirming = (count: number | null) => setStep(count === null ? null : { count, after: state });
  const ticked = () => formRef.current?.querySelectorAll('input[name="item"]:checked').length ?? 0;
  return (
    <form ref={formRef} {...formProps} className="flex flex-col gap-3">
      {children}
      {state?.ok ? (
        <Alert tone="success">{t("bulkDone", { approved: state.data.approved, skipped: state.data.skipped.length })}</Alert>
      ) : null}
      <FormFailureAlert failure={formError} />
      {hasClean ? (
        <fieldset className="flex flex-col gap-3">
          <legend className="sr-only">{t("bulkLegend")}</legend>
          {confirming === null ? (
            <div className="flex flex-wrap items-center gap-3">
              <Button type="button" onClick={() => setConfirming(ticked())}>
                {t("bulkApprove")}
              </Button>
              <p className="text-sm text-slate-600">{t("bulkHint")}</p>
            </div>
          ) : (
            <div
              role="alertdialog"
              aria-labelledby="bulk-confirm-title"
              aria-describedby="bulk-confirm-body"
              className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3"
            >
              <p id="bulk-confirm-title" className="font-semibold">
                {tw("bulkTitle")}
              </p>
              <p id="bulk-confirm-body">{confirming > 0 ? tw("bulkBody", { count: confirming }) : tw("bulkNone")}</p>
              <input type="hidden" name="confirm" value="true" />
              <div className="flex flex-wrap gap-2">
                {confirming > 0 ? (
                  <Button type="submit" disabled={pending}>
                    {tw("bulkConfirm", { count: confirming })}
                  </Button>
                ) : null}
                <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                  {tw("cancel")}
                </Button>
              </div>
            </div>
          )}
        </fieldset>
      ) : null}
    </form>
  );
}
