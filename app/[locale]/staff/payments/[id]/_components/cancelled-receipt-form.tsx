"use client";

import { useTranslations } from "next-intl";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { closeReceiptFormSchema } from "@/lib/schemas/staff-payment-forms";
import { closeCancelledReceiptAction } from "../../refunds/actions";

/**
 * ADR 080: no 确认收费 for a receipt of a cancelled plan; finance closes it, with a refund if the
 * money arrived. The receipt in a hidden input; the button pressed (`arrived`) says which.
 */
export function CancelledReceiptForm({
  paymentId,
  notice,
  closedReason,
}: {
  paymentId: string;
  notice: string;
  /** Already closed (the page after the decision): the reason recorded, no buttons. */
  closedReason: string | null;
}) {
  const t = useTranslations("refunds.closeReceipt");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: closeCancelledReceiptAction,
    schema: closeReceiptFormSchema,
  });
  const data = state?.ok ? state.data : null;
  const done = data ? (data.arrived ? t("doneArrived", { refunds: data.refunds }) : t("doneNotArrived")) : null;
  return (
    <section aria-labelledby="close-receipt" className="flex flex-col gap-3 rounded-lg border border-amber-200 bg-white p-4">
      <h2 id="close-receipt" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-amber-900">{notice}</p>
      {closedReason !== null ? <p role="status">{closedReason}</p> : null}
      {done || closedReason !== null ? null : (
        <form {...formProps} className="flex flex-col gap-2">
          <input type="hidden" {...fields.register("paymentId")} value={paymentId} />
          <p className="text-sm text-slate-600">{t("hint")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="arrived" value="yes" disabled={pending}>
              {t("arrived")}
            </Button>
            <Button type="submit" name="arrived" value="no" variant="secondary" disabled={pending}>
              {t("notArrived")}
            </Button>
          </div>
        </form>
      )}
      <FormFailureAlert failure={formError} />
      {done ? <Alert tone="success">{done}</Alert> : null}
    </section>
  );
}
