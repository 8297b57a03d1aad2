import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaymentSearchResults } from "@/components/staff/payments/payment-search";
import { Link } from "@/i18n/navigation";
import { PAYMENT_STATES, searchPayments } from "@/lib/server/payments/search-payments";
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
  const raw = await searchParams;
  const q = typeof raw.q === "string" ? raw.q.slice(0, 50) : "";
  const status = PAYMENT_STATES.find((s) => s === raw.status) ?? null;
  const payments = await searchPayments(actor, { q, status });
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/payments" className="text-sm text-brand-700 underline underline-offset-4">
        ← {tp("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form role="search" method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("q")}
          <input name="q" defaultValue={q} className="rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("status")}
          <select name="status" defaultValue={status ?? ""} className="rounded-md border border-slate-300 px-3 py-2">
            <option value="">{t("all")}</option>
            {PAYMENT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>
      <PaymentSearchResults payments={payments} />
    </div>
  );
}
