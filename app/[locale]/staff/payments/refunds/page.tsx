import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Headings, Table, TBody, TRow, TCell, THeadCell } from "@/components/ui/table";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listRefunds } from "@/lib/server/refunds/list-refunds";
import { refundQuerySchema } from "@/lib/schemas/staff-filter-schemas";
import { RefundFilters } from "./_components/refund-filters";
import { SettleRefundForm } from "./_components/settle-refund-form";
import { projectName } from "@/lib/domain/catalog/names";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("refunds");
  return { title: t("title") };
}

type Search = { status?: string | string[] };

/** Finance's refunds after plan cancellations and merges (ADR 080): due ones first, each settled with date and reference. */
export default async function RefundsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tp] = await Promise.all([getTranslations("refunds"), getTranslations("staffPayments")]);
  const actor = await staffPage("FINANCE", "/staff/payments/refunds");
  if (!actor) return <Forbidden role="FINANCE" />;
  const query = refundQuerySchema.parse(await searchParams);
  const refunds = await listRefunds(actor, { status: query.status ?? null });
  const today = todayInBeijing();
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/payments" className="text-sm text-brand-700 underline underline-offset-4">
        ← {tp("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <RefundFilters query={query} />
      {refunds.length === 0 ? (
        <p role="status">{t("empty")}</p>
      ) : (
        <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="min-w-[56rem] text-left">
          <Headings
            className="bg-slate-100"
            headings={[
              t("columns.candidate"),
              t("columns.plan"),
              t("columns.payer"),
              { label: t("columns.amount"), align: "right" },
              t("columns.reason"),
              t("columns.state"),
            ]}
          />
          <TBody>
            {refunds.map((r) => (
              <TRow key={r.id} className="border-t border-slate-100 align-top">
                <THeadCell scope="row" className="font-medium">
                  {r.candidateName}
                  <span className="block font-mono text-xs text-slate-600">{r.maskedIdNumber}</span>
                  {r.institutionName ? <span className="block text-xs text-slate-600">{r.institutionName}</span> : null}
                </THeadCell>
                <TCell>
                  {tp("batchProject", { year: r.batch.year, seq: r.batch.seq, project: projectName(r.project.name, locale) })}
                </TCell>
                <TCell>
                  {r.payerName}
                  <Link
                    href={`/staff/payments/${r.paymentId}`}
                    className="block font-mono text-xs text-brand-700 underline underline-offset-4"
                  >
                    {r.referenceCode}
                  </Link>
                  <span className="block text-xs text-slate-600">{t("receipt")}</span>
                </TCell>
                <TCell className="text-right font-mono">{formatYuan(r.amountFen)}</TCell>
                <TCell>{r.reason}</TCell>
                <TCell>
                  <Badge tone={r.status === "DUE" ? "warning" : "success"}>{t(`status.${r.status}`)}</Badge>
                  {r.status === "PAID" ? (
                    <p className="mt-1 text-xs">
                      {t("paidLine", { date: r.paidOn ?? "", account: r.payerAccount ?? "", reference: r.bankReference ?? "" })}
                    </p>
                  ) : (
                    <div className="mt-2">
                      <SettleRefundForm refundId={r.id} today={today} account={r.payerAccount} />
                    </div>
                  )}
                </TCell>
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
