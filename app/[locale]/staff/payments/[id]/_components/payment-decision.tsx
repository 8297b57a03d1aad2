"use client";

import { useTranslations } from "next-intl";
import { confirmPaymentAction, returnPaymentAction } from "@/app/[locale]/staff/payments/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { confirmPaymentFormSchema, returnPaymentFormSchema } from "@/lib/schemas/staff-payment-forms";

/**
 * 确认收费 or return with a reason, two `useActionForm` forms (ADR 133): the receipt's id in a
 * hidden input, the button disabled while the request runs (the server is idempotent anyway).
 * Always rendered by the page, so its result survives the page's refresh.
 */
export function PaymentDecision({ paymentId, blocked }: { paymentId: string; blocked: string | null }) {
  const t = useTranslations("staffPayments");
  const confirm = useActionForm({ action: confirmPaymentAction, schema: confirmPaymentFormSchema });
  const giveBack = useActionForm({ action: returnPaymentAction, schema: returnPaymentFormSchema });
  const confirmed = confirm.state;
  if (confirmed?.ok || giveBack.state?.ok) {
    const message = confirmed?.ok
      ? confirmed.data.changed
        ? t("confirmed", { n: confirmed.data.confirmedApplications })
        : t("alreadyConfirmed")
      : t("returned");
    return (
      <Alert tone="success">
        <p>{message}</p>
        <Link href="/staff/payments" className="mt-2 inline-block underline underline-offset-4">
          {t("detail.back")}
        </Link>
      </Alert>
    );
  }
  if (blocked) return <Alert tone="info">{blocked}</Alert>;
  const pending = confirm.pending || giveBack.pending;
  const returnFailed = Boolean(giveBack.state && !giveBack.state.ok);
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <FormFailureAlert failure={confirm.formError ?? giveBack.formError} />
      <form {...confirm.formProps}>
        <input type="hidden" {...confirm.fields.register("paymentId")} value={paymentId} />
        <Button type="submit" disabled={pending} data-shortcut="decide" aria-keyshortcuts="c">
          {t("confirm")}
        </Button>
      </form>
      <details className="rounded-md border border-amber-200 p-3" open={returnFailed}>
        <summary className="cursor-pointer font-medium text-amber-900">{t("return")}</summary>
        <form {...giveBack.formProps} className="mt-3 flex flex-col gap-3">
          <input type="hidden" {...giveBack.fields.register("paymentId")} value={paymentId} />
          <FormField form={giveBack.fields} name="reason" id="return-reason" label={t("returnReason")} hint={t("returnHint")}>
            {(props) => (
              <textarea
                {...props}
                data-shortcut="return-reason"
                aria-keyshortcuts="r"
                rows={3}
                maxLength={300}
                className={`${inputClass} py-2`}
              />
            )}
          </FormField>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("confirmReturn")}
          </Button>
        </form>
      </details>
    </section>
  );
}
