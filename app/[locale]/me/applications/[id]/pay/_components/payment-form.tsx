"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { submitPaymentAction } from "@/app/[locale]/me/applications/[id]/pay/actions";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { proxyNoteTemplate } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import { formatYuan } from "@/lib/format";
import type { PaymentInfoDto } from "@/lib/server/payments/get-payment-info";
import { ReceiptFileField, TransferDateField } from "@/components/payments/receipt-fields";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** 五(二): receipt plus payer, amount, date; the proxy note appears, pre-filled, when someone else paid. */
export function PaymentForm({ info, today }: { info: PaymentInfoDto; today: IsoDate }) {
  const t = useTranslations("payment");
  const say = useFailureText();
  const [state, action, pending] = useActionState(submitPaymentAction.bind(null, info.applicationId), null);
  const failed = failureOf(state);
  const [payer, setPayer] = useState(failed?.values.payerName ?? info.candidateName);
  const amount = formatYuan(info.feeFen);
  const error = (name: string) => say(failed?.fieldErrors[name]?.[0]);
  if (state?.ok) return <Alert tone="success">{t("submitted", { code: state.data.referenceCode })}</Alert>;
  const proxy = payer.trim() !== "" && payer.trim() !== info.candidateName;
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <Field id="payerName" label={t("payerName")} hint={t("payerHint")} error={error("payerName")}>
        {(a) => (
          <input
            {...a}
            name="payerName"
            value={payer}
            onChange={(e) => setPayer(e.target.value)}
            className={inputClass}
            required
          />
        )}
      </Field>
      <Field id="amount" label={t("amount")} error={error("amount")}>
        {(a) => (
          <input
            {...a}
            name="amount"
            inputMode="decimal"
            defaultValue={failed?.values.amount ?? amount}
            className={inputClass}
            required
          />
        )}
      </Field>
      <TransferDateField
        id="transferDate"
        label={t("transferDate")}
        error={error("transferDate")}
        today={today}
        typed={failed?.values.transferDate}
      />
      {proxy ? (
        <Field id="proxyNote" label={t("proxyNote")} hint={t("proxyHint")} error={error("proxyNote")}>
          {(a) => (
            <textarea
              {...a}
              key={payer}
              name="proxyNote"
              // The note the notice prescribes is written in Chinese on the bank transfer (五(二)).
              lang="zh-CN"
              rows={3}
              defaultValue={
                failed?.values.proxyNote ||
                proxyNoteTemplate({
                  payerName: payer.trim(),
                  candidateName: info.candidateName,
                  examDate: info.examDate,
                  projectName: info.projectName,
                  amountYuan: amount,
                })
              }
              className={`${inputClass} py-2`}
            />
          )}
        </Field>
      ) : null}
      <ReceiptFileField id="receipt" label={t("receipt")} hint={t("receiptHint")} error={error("receipt")} />
      <FormError failure={failed?.formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
