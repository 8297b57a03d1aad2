"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmPaymentAction, returnPaymentAction } from "@/app/[locale]/staff/payments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/**
 * 确认收费 or return with a reason; the button is disabled while the request runs (the server is
 * idempotent anyway). Always rendered by the page, so its result survives the page's refresh.
 */
export function PaymentDecision({ paymentId, blocked }: { paymentId: string; blocked: string | null }) {
  const t = useTranslations("staffPayments");
  const say = useFailureText();
  const [confirmed, confirm, confirming] = useActionState(confirmPaymentAction.bind(null, paymentId), null);
  const [returned, giveBack, returning] = useActionState(returnPaymentAction.bind(null, paymentId), null);
  if (confirmed?.ok || returned?.ok) {
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
  const failed = [confirmed, returned].find((s) => s && !s.ok && s.formError);
  const reasonError = returned && !returned.ok ? returned.fieldErrors.reason?.[0] : undefined;
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <FormError failure={failed && !failed.ok ? failed.formError : null} />
      <form action={confirm}>
        <Button type="submit" disabled={confirming || returning} data-shortcut="decide" aria-keyshortcuts="c">
          {t("confirm")}
        </Button>
      </form>
      <details className="rounded-md border border-amber-200 p-3" open={Boolean(reasonError)}>
        <summary className="cursor-pointer font-medium text-amber-900">{t("return")}</summary>
        <form action={giveBack} className="mt-3 flex flex-col gap-3">
          <Field id="return-reason" label={t("returnReason")} hint={t("returnHint")} error={say(reasonError)}>
            {(a) => (
              <textarea
                {...a}
                data-shortcut="return-reason"
                aria-keyshortcuts="r"
                name="reason"
                rows={3}
                maxLength={300}
                defaultValue={returned && !returned.ok ? (returned.values.reason ?? "") : ""}
                className={`${inputClass} py-2`}
              />
            )}
          </Field>
          <Button type="submit" variant="secondary" disabled={confirming || returning}>
            {t("confirmReturn")}
          </Button>
        </form>
      </details>
    </section>
  );
}
