import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QueueNav } from "@/components/staff/keys/queue-nav";
import { ShortcutHelp } from "@/components/staff/keys/shortcut-help";
import { PaymentDecision } from "@/app/[locale]/staff/payments/[id]/_components/payment-decision";
import { PaymentDetail } from "@/components/staff/payments/payment-detail";
import { CancelledReceiptForm } from "./_components/cancelled-receipt-form";
import { AppError } from "@/lib/app-error";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { confirmVerdict, getPayment } from "@/lib/server/payments/list-payments";
import { paymentQueueNeighbours } from "@/lib/server/payments/payment-queue-neighbours";
import { getPayee } from "@/lib/server/settings/payee";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPayments.detail");
  return { title: t("title") };
}

export default async function PaymentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [t, tr] = await Promise.all([getTranslations("staffPayments"), getTranslations("refunds")]);
  const actor = await staffPage("FINANCE", `/staff/payments/${id}`);
  if (!actor) return <Forbidden role="FINANCE" />;
  const [payment, payee, around] = await Promise.all([
    getPayment(actor, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getPayee(),
    paymentQueueNeighbours(actor, id),
  ]);
  // The rule table (ADR 064): after the confirmation grace the button gives way to the reason.
  const verdict = await confirmVerdict(actor, id, todayInBeijing());
  const tw = await getTranslations("windowRules");
  const item = (other: string | null) => (other ? `/staff/payments/${other}` : null);
  return (
    <div className="flex flex-col gap-4">
      <QueueNav back="/staff/payments" backLabel={t("detail.back")} previous={item(around.previous)} next={item(around.next)} />
      <h1 className="text-2xl font-bold">
        {t("detail.title")}：<span className="font-mono">{payment.referenceCode}</span>
      </h1>
      <ShortcutHelp set="payment" />
      {payment.planCancelled && payment.status !== "CONFIRMED" ? (
        <CancelledReceiptForm
          paymentId={payment.id}
          notice={tr("planCancelledReceipt")}
          closedReason={payment.status === "RETURNED" ? (payment.returnReason ?? "") : null}
        />
      ) : (
        <PaymentDecision
          paymentId={payment.id}
          blocked={
            payment.status === "PENDING"
              ? verdict.allowed
                ? null
                : tw(verdict.reason.key, verdict.reason.params)
              : payment.status === "CONFIRMED"
                ? t("alreadyConfirmed")
                : `${t("returned")} ${payment.returnReason ?? ""}`
          }
        />
      )}
      <PaymentDetail payment={payment} payee={payee} locale={locale} />
    </div>
  );
}
