import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Forbidden } from "@/components/staff/admin/forbidden";
import { PaymentDecision } from "@/components/staff/payments/payment-decision";
import { PaymentDetail } from "@/components/staff/payments/payment-detail";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/app-error";
import { staffPageActor } from "@/lib/server/auth/totp-guard";
import { getPayment } from "@/lib/server/payments/list-payments";
import { getPayee } from "@/lib/server/settings/payee";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPayments.detail");
  return { title: t("title") };
}

export default async function PaymentPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("staffPayments");
  const actor = await staffPageActor("FINANCE", `/staff/payments/${id}`);
  if (!actor) return <Forbidden message={t("forbidden")} />;
  const [payment, payee] = await Promise.all([
    getPayment(actor, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getPayee(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/payments" className="text-sm text-brand-700 underline underline-offset-4">
        ← {t("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold">
        {t("detail.title")}：<span className="font-mono">{payment.referenceCode}</span>
      </h1>
      <PaymentDecision
        paymentId={payment.id}
        blocked={
          payment.status === "PENDING"
            ? null
            : payment.status === "CONFIRMED"
              ? t("alreadyConfirmed")
              : `${t("returned")} ${payment.returnReason ?? ""}`
        }
      />
      <PaymentDetail payment={payment} payee={payee} locale={locale} />
    </div>
  );
}
