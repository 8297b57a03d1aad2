"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { closeCancelledReceiptAction } from "../../refunds/actions";

/** ADR 080: no 确认收费 for a receipt of a cancelled plan; finance closes it, with a refund if the money arrived. */
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
  const form = useStaffAction(closeCancelledReceiptAction.bind(null, paymentId));
  const done = form.data ? (form.data.arrived ? t("doneArrived", { refunds: form.data.refunds }) : t("doneNotArrived")) : null;
  return (
    <section aria-labelledby="close-receipt" className="flex flex-col gap-3 rounded-lg border border-amber-200 bg-white p-4">
      <h2 id="close-receipt" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-amber-900">{notice}</p>
      {closedReason !== null ? <p role="status">{closedReason}</p> : null}
      {done || closedReason !== null ? null : (
        <form action={form.formAction} className="flex flex-col gap-2">
          <p className="text-sm text-slate-600">{t("hint")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="arrived" value="yes" disabled={form.pending}>
              {t("arrived")}
            </Button>
            <Button type="submit" name="arrived" value="no" variant="secondary" disabled={form.pending}>
              {t("notArrived")}
            </Button>
          </div>
        </form>
      )}
      <FormStatus error={form.formError} success={done} />
    </section>
  );
}
