import { getTranslations } from "next-intl/server";
import { openStaffPage } from "@/app/[locale]/staff/open-staff-page";
import { StaffPageHeader } from "@/components/staff/staff-page-header";
import { ShortcutHelp } from "@/components/staff/keys/shortcut-help";
import { PayeeNote } from "@/components/staff/payments/payee-note";
import { PaymentTable } from "@/components/staff/payments/payment-table";
import { Link } from "@/i18n/navigation";
import { listPendingPayments } from "@/lib/server/payments/list-payments";
import { getPayee } from "@/lib/server/settings/payee";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPayments");
  return { title: t("title") };
}

/** 五: receipts waiting for 确认收费, individual and institution alike. */
export default async function PaymentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { actor } = await openStaffPage(params, "FINANCE", "/staff/payments");
  if (!actor) return <Forbidden role="FINANCE" />;
  const [t, tl, tr] = await Promise.all([
    getTranslations("staffPayments"),
    getTranslations("reconciliation.search"),
    getTranslations("refunds"),
  ]);
  const [payments, payee] = await Promise.all([listPendingPayments(actor), getPayee()]);
  return (
    <div className="flex flex-col gap-4">
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      <PayeeNote payee={payee} />
      <Link href="/staff/payments/statement" className="self-start text-brand-700 underline underline-offset-4">
        {t("statementLink")}
      </Link>
      <Link href="/staff/payments/all" className="self-start text-brand-700 underline underline-offset-4">
        {tl("link")}
      </Link>
      <Link href="/staff/payments/refunds" className="self-start text-brand-700 underline underline-offset-4">
        {tr("link")}
      </Link>
      <ShortcutHelp set="queue" without={["filter"]} />
      <PaymentTable payments={payments} />
    </div>
  );
}
