import { getLocale, getTranslations } from "next-intl/server";
import { CandidatesCell, PayerCell, PlanCell } from "@/components/staff/payments/payment-cells";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import { Headings, Table, TBody, TRow, TCell } from "@/components/ui/table";
import type { PaymentDto } from "@/lib/server/payments/list-payments";

const TONE = { PENDING: "warning", CONFIRMED: "success", RETURNED: "danger" } as const;

/** 五: found receipts with their state, newest first. */
export async function PaymentSearchResults({ payments }: { payments: PaymentDto[] }) {
  const [t, tp] = await Promise.all([getTranslations("reconciliation.search"), getTranslations("staffPayments")]);
  const locale = await getLocale();
  if (payments.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-sm text-slate-700">
        {t("count", { n: payments.length })}
      </p>
      <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="text-left">
        <Headings
          className="bg-slate-100"
          headings={[
            tp("columns.reference"),
            t("status"),
            tp("columns.payer"),
            { label: tp("columns.expected"), align: "right" },
            tp("columns.plan"),
            tp("columns.candidates"),
            tp("columns.transferDate"),
          ]}
        />
        <TBody>
          {payments.map((p) => (
            <TRow key={p.id} className="border-t border-slate-200">
              <TCell>
                <Link
                  href={`/staff/payments/${p.id}`}
                  className="font-mono font-medium text-brand-700 underline underline-offset-4"
                >
                  {p.referenceCode}
                </Link>
              </TCell>
              <TCell>
                <Badge tone={TONE[p.status]}>{t(`state.${p.status}`)}</Badge>
              </TCell>
              <PayerCell payment={p} />
              <TCell className="text-right font-mono">{formatYuan(p.expectedAmountFen)}</TCell>
              <PlanCell payment={p} t={tp} locale={locale} />
              <CandidatesCell payment={p} t={tp} />
              <TCell>{p.transferDate}</TCell>
            </TRow>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
