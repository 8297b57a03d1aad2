"use client";

import { useTranslations } from "next-intl";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { settleRefundFormSchema } from "@/lib/schemas/staff-payment-forms";
import { settleRefundAction } from "../actions";

/** Due → paid: the transfer's date, the account from the receipt and the bank's reference (ADR 080); the refund in a hidden input. */
export function SettleRefundForm({ refundId, today, account }: { refundId: string; today: string; account: string | null }) {
  const t = useTranslations("refunds.settle");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: settleRefundAction,
    schema: settleRefundFormSchema,
  });
  const id = (name: string) => `refund-${refundId}-${name}`;
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <input type="hidden" {...fields.register("refundId")} value={refundId} />
      <FormField form={fields} name="paidOn" id={id("paidOn")} label={t("paidOn")} defaultValue={today}>
        {(props) => <input {...props} type="date" required max={today} className={inputClass} />}
      </FormField>
      <FormField form={fields} name="payerAccount" id={id("account")} label={t("account")} defaultValue={account ?? ""}>
        {(props) => <input {...props} required maxLength={60} autoComplete="off" className={inputClass} />}
      </FormField>
      <FormField form={fields} name="bankReference" id={id("reference")} label={t("reference")}>
        {(props) => <input {...props} required maxLength={60} autoComplete="off" className={inputClass} />}
      </FormField>
      <FormFailureAlert failure={formError} />
      {state?.ok ? <Alert tone="success">{t("done")}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
