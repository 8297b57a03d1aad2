"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { submitBulkPaymentAction } from "@/app/[locale]/institution/payments/actions";
import { failureOf } from "@/components/account/text-field";
import { ReceiptFileField, TransferDateField } from "@/components/payments/receipt-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { parseYuan } from "@/lib/domain/payment";
import { formatYuan } from "@/lib/format";
import type { PaymentNoticeDto } from "@/lib/server/institution/payments/payment-notice";
import { useMessage } from "@/components/institution/use-message";

/**
 * The bank receipt for the notice's candidates, with the exam date and head count 五(一) asks
 * for. An amount other than the notice's is flagged as it is typed, and the server refuses it
 * unless "金额不一致，仍然提交" is ticked (ADR 033).
 */
export function BulkReceiptForm({ notice, payerName, today }: { notice: PaymentNoticeDto; payerName: string; today: string }) {
  const t = useTranslations("institution.payments");
  const say = useMessage();
  const [state, action, pending] = useActionState(submitBulkPaymentAction, null);
  const failed = failureOf(state);
  const [amount, setAmount] = useState(failed?.values.amount ?? formatYuan(notice.amountFen));
  const typed = parseYuan(amount);
  const mismatch = typed !== null && typed !== notice.amountFen;
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return key ? say(key) : undefined;
  };
  if (state?.ok)
    return <Alert tone="success">{t("submitted", { code: state.data.referenceCode, count: state.data.headCount })}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="planId" value={notice.planId} />
      {notice.applicationIds.map((id) => (
        <input key={id} type="hidden" name="applicationIds" value={id} />
      ))}
      <Field id={`payer-${notice.referenceCode}`} label={t("payerName")} error={error("payerName")}>
        {(a) => (
          <input {...a} name="payerName" defaultValue={failed?.values.payerName ?? payerName} className={inputClass} required />
        )}
      </Field>
      <Field id={`amount-${notice.referenceCode}`} label={t("paidAmount")} error={error("amount")}>
        {(a) => (
          <input
            {...a}
            name="amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className={inputClass}
            required
          />
        )}
      </Field>
      {mismatch ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
          <p>{t("mismatch", { expected: formatYuan(notice.amountFen), typed: formatYuan(typed) })}</p>
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name="acceptMismatch" className="size-5" />
            {t("acceptMismatch")}
          </label>
        </div>
      ) : null}
      <TransferDateField
        id={`date-${notice.referenceCode}`}
        label={t("transferDate")}
        error={error("transferDate")}
        today={today}
        typed={failed?.values.transferDate}
      />
      <Field id={`exam-${notice.referenceCode}`} label={t("examDateNote")} hint={t("examDateHint")} error={error("examDate")}>
        {(a) => (
          <input
            {...a}
            name="examDate"
            type="date"
            defaultValue={failed?.values.examDate ?? notice.examDate}
            className={inputClass}
            required
          />
        )}
      </Field>
      <Field id={`count-${notice.referenceCode}`} label={t("headCountNote")} error={error("headCount")}>
        {(a) => (
          <input
            {...a}
            name="headCount"
            inputMode="numeric"
            defaultValue={failed?.values.headCount ?? String(notice.headCount)}
            className={inputClass}
            required
          />
        )}
      </Field>
      <ReceiptFileField
        id={`receipt-${notice.referenceCode}`}
        label={t("receipt")}
        hint={t("receiptHint")}
        error={error("receipt")}
      />
      {failed?.formError ? <Alert tone="error">{say(failed.formError)}</Alert> : null}
      <Button type="submit" disabled={pending || !notice.windowOpen}>
        {t("submit")}
      </Button>
    </form>
  );
}
