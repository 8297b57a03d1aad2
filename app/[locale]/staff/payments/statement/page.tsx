import { getTranslations, setRequestLocale } from "next-intl/server";
import { Reconciliation } from "@/app/[locale]/staff/payments/statement/_components/reconciliation";
import { StatementImportForm } from "@/app/[locale]/staff/payments/statement/_components/statement-import-form";
import { Link } from "@/i18n/navigation";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { getReconciliation } from "@/lib/server/payments/bank-statement-matches";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffPayments.statement");
  return { title: t("title") };
}

/** 五: import the bank's statement, accept the suggested matches, look at what is left. */
export default async function StatementPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tp] = await Promise.all([getTranslations("staffPayments.statement"), getTranslations("staffPayments")]);
  const actor = await staffPage("FINANCE", "/staff/payments/statement");
  if (!actor) return <Forbidden role="FINANCE" />;
  const data = await getReconciliation(actor, todayInBeijing());
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/payments" className="text-sm text-brand-700 underline underline-offset-4">
        ← {tp("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <StatementImportForm />
      <Reconciliation data={data} />
    </div>
  );
}
