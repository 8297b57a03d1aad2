"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { submitPaymentAction } from "@/app/[locale]/me/applications/[id]/pay/actions";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ReceiptFileField } from "@/components/payments/receipt-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { proxyNoteTemplate } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import { formatYuan } from "@/lib/format";
import { paymentFormSchema } from "@/lib/schemas/payment-schema";
import type { PaymentInfoDto } from "@/lib/server/payments/get-payment-info";

/**
 * 五(二): receipt plus payer, amount, date; the proxy note appears, pre-filled, when someone else
 * paid. On react-hook-form with the action's schema (ADR 133); the application's id travels in a
 * hidden input (the action is unbound), the receipt file is checked by the action only.
 */
export function PaymentForm({ info, today }: { info: PaymentInfoDto; today: IsoDate }) {
  const t = useTranslations("payment");
  const text = useFailureText();
  const schema = useMemo(() => paymentFormSchema(today), [today]);
  const { state, pending, fields, formError, formProps, rhf } = useActionForm({
    action: submitPaymentAction,
    schema,
  });
  const amount = formatYuan(info.feeFen);
  if (state?.ok) return <Alert tone="success">{t("submitted", { code: state.data.referenceCode })}</Alert>;
  const failed = state && !state.ok ? state : null;
  const watched: unknown = rhf.watch("payerName");
  const payer = (typeof watched === "string" ? watched : undefined) ?? fields.keptValue("payerName") ?? info.candidateName;
  const noteFor = (payerName: string) =>
    proxyNoteTemplate({
      payerName: payerName.trim(),
      candidateName: info.candidateName,
      examDate: info.examDate,
      projectName: info.projectName,
      amountYuan: amount,
    });
  const proxy = payer.trim() !== "" && payer.trim() !== info.candidateName;
  const payerField = fields.register("payerName");
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" {...fields.register("applicationId")} defaultValue={info.applicationId} />
      <FormField form={fields} name="payerName" label={t("payerName")} hint={t("payerHint")} defaultValue={info.candidateName}>
        {(control) => (
          <input
            {...control}
            onChange={(event) => {
              // Another payer: the note the notice prescribes, written for them (it can be edited).
              rhf.setValue("proxyNote", noteFor(event.target.value));
              return payerField.onChange(event);
            }}
            className={inputClass}
            required
          />
        )}
      </FormField>
      <FormField form={fields} name="amount" label={t("amount")} defaultValue={amount}>
        {(control) => <input {...control} inputMode="decimal" className={inputClass} required />}
      </FormField>
      <FormField form={fields} name="transferDate" label={t("transferDate")} defaultValue={today}>
        {(control) => <input {...control} type="date" max={today} className={inputClass} required />}
      </FormField>
      {proxy ? (
        <FormField
          form={fields}
          name="proxyNote"
          label={t("proxyNote")}
          hint={t("proxyHint")}
          defaultValue={fields.keptValue("proxyNote") || noteFor(payer)}
        >
          {({ defaultValue, ...control }) => (
            <textarea
              {...control}
              defaultValue={defaultValue || noteFor(payer)}
              // The note the notice prescribes is written in Chinese on the bank transfer (五(二)).
              lang="zh-CN"
              rows={3}
              className={`${inputClass} py-2`}
            />
          )}
        </FormField>
      ) : null}
      <ReceiptFileField
        id="receipt"
        label={t("receipt")}
        hint={t("receiptHint")}
        error={text(failed?.fieldErrors.receipt?.[0])}
      />
      <FormFailureAlert failure={formError ?? fields.errorOf("applicationId") ?? null} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
