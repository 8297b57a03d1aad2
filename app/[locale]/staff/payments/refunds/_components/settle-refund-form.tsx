"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { settleRefundAction } from "../actions";

/** Due → paid: the transfer's date, the account from the receipt and the bank's reference (ADR 080). */
export function SettleRefundForm({ refundId, today, account }: { refundId: string; today: string; account: string | null }) {
  const t = useTranslations("refunds.settle");
  const form = useStaffAction(settleRefundAction.bind(null, refundId));
  const id = (name: string) => `refund-${refundId}-${name}`;
  return (
    <form action={form.formAction} className="flex flex-col gap-2">
      <Field id={id("paidOn")} label={t("paidOn")} error={form.fieldError("paidOn")}>
        {(a) => (
          <input
            {...a}
            type="date"
            name="paidOn"
            required
            max={today}
            defaultValue={form.value("paidOn", today)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={id("account")} label={t("account")} error={form.fieldError("payerAccount")}>
        {(a) => (
          <input
            {...a}
            name="payerAccount"
            required
            maxLength={60}
            autoComplete="off"
            defaultValue={form.value("payerAccount", account ?? "")}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={id("reference")} label={t("reference")} error={form.fieldError("bankReference")}>
        {(a) => (
          <input
            {...a}
            name="bankReference"
            required
            maxLength={60}
            autoComplete="off"
            defaultValue={form.value("bankReference")}
            className={inputClass}
          />
        )}
      </Field>
      <FormStatus error={form.formError} success={form.data ? t("done") : null} />
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
