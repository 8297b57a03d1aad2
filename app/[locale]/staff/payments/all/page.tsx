import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaymentSearchResults } from "@/components/staff/payments/payment-search";
import { Link } from "@/i18n/navigation";
import { searchPayments } from "@/lib/server/payments/search-payments";
import { paymentSearchQuerySchema } from "@/lib/schemas/staff-filter-schemas";
import { PaymentSearchFilters } from "./_components/payment-search-filters";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("reconciliation.search");
  return { title: t("title") };
}

type Search = { q?: string | string[]; status?: string | string[] };

/** 五: every receipt in every state, searched by code, payer, candidate, amount or date. */
export default async function AllPaymentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tp] = await Promise.all([getTranslations("reconciliation.search"), getTranslations("staffPayments")]);
  const actor = await staffPage("FINANCE", "/staff/payments/all");
  if (!actor) return <Forbidden role="FINANCE" />;
  const query = paymentSearchQuerySchema.parse(await searchParams);
  const payments = await searchPayments(actor, { q: query.q, status: query.status ?? null });
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/payments" className="text-sm text-brand-700 underline underline-offset-4">
        ← {tp("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <PaymentSearchFilters query={query} />
      <PaymentSearchResults payments={payments} />
    </div>
  );
}
