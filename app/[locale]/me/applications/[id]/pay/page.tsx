import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaymentForm } from "@/app/[locale]/me/applications/[id]/pay/_components/payment-form";
import { PaymentSummary } from "@/components/payments/payment-summary";
import { Alert } from "@/components/ui/alert";
import { AppError } from "@/lib/app-error";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { getPaymentInfo } from "@/lib/server/payments/get-payment-info";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export default async function PayPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await accountPage(`/me/applications/${id}/pay`);
  const today = todayInBeijing();
  const info = await getPaymentInfo(actor, id, today).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("payment");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <PaymentSummary info={info} />
      {info.payment?.status === "RETURNED" && info.status === "APPROVED" ? (
        <Alert tone="error">{t("returned", { reason: info.payment.returnReason ?? "" })}</Alert>
      ) : null}
      {info.status === "PAYMENT_SUBMITTED" ? <Alert tone="info">{t("awaiting")}</Alert> : null}
      {info.status === "PAYMENT_CONFIRMED" ? <Alert tone="success">{t("confirmed")}</Alert> : null}
      {info.status === "FORFEITED" ? <Alert tone="error">{t("forfeited")}</Alert> : null}
      {!info.windowOpen && info.status === "APPROVED" ? <Alert tone="info">{t("windowClosed", info.paymentWindow)}</Alert> : null}
      {info.feeFen <= 0 || !info.payee ? <Alert tone="error">{t("notConfigured")}</Alert> : null}
      {info.canPay ? <PaymentForm info={info} today={today} /> : null}
    </div>
  );
}
