"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { paymentNoticeAction } from "@/app/[locale]/institution/payments/actions";
import { failureOf } from "@/components/account/text-field";
import { Button } from "@/components/ui/button";
import type { PayablePlanDto } from "@/lib/server/institution/payments/list-payable";
import { FailureAlert } from "@/components/institution/failure-alert";
import { BulkReceiptForm } from "@/app/[locale]/institution/payments/_components/bulk-receipt-form";
import { PaymentNoticeView } from "@/components/institution/payment-notice-view";

/** 五(一) for one plan: tick the approved candidates, get the notice, then upload the receipt. */
export function PlanPayment({
  plan,
  payerName,
  open,
  today,
}: {
  plan: PayablePlanDto;
  payerName: string;
  open: boolean;
  today: string;
}) {
  const t = useTranslations("institution.payments");
  const [state, action, pending] = useActionState(paymentNoticeAction, null);
  const notice = state?.ok ? state.data : null;
  // After the receipt is in, the page reloads with nobody left to pay for: the notice and its
  // confirmation stay on screen all the same.
  if (plan.approved.length === 0 && !notice) return null;
  return (
    <div className="flex flex-col gap-3">
      {plan.approved.length > 0 ? (
        <form action={action} className="flex flex-col gap-2">
          <input type="hidden" name="planId" value={plan.planId} />
          <fieldset className="flex flex-col gap-1">
            <legend className="font-medium">{t("select", { count: plan.approved.length })}</legend>
            {plan.approved.map((a) => (
              <label key={a.id} className="flex items-center gap-2">
                <input type="checkbox" name="applicationIds" value={a.id} defaultChecked className="size-5" />
                {a.name} <span className="font-mono text-sm text-slate-600">{a.maskedIdNumber}</span>
              </label>
            ))}
          </fieldset>
          <Button type="submit" variant="secondary" disabled={pending || !open} className="self-start">
            {t("makeNotice")}
          </Button>
        </form>
      ) : null}
      <FailureAlert failed={failureOf(state)} />
      {notice ? (
        <>
          <PaymentNoticeView notice={notice} />
          <BulkReceiptForm key={notice.referenceCode} notice={notice} payerName={payerName} today={today} />
        </>
      ) : null}
    </div>
  );
}
