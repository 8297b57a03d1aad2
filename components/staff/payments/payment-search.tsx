import { getTranslations } from "next-intl/server";
import { CandidatesCell, PayerCell, PlanCell } from "@/components/staff/payments/payment-cells";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import type { PaymentDto } from "@/lib/server/payments/list-payments";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

const TONE = { PENDING: "warning", CONFIRMED: "success", RETURNED: "danger" } as const;

/** 五: found receipts with their state, newest first. */
export async function PaymentSearchResults({ payments }: { payments: PaymentDto[] }) {
  const [t, tp] = await Promise.all([getTranslations("reconciliation.search"), getTranslations("staffPayments")]);
  if (payments.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-sm text-slate-700">
        {t("count", { n: payments.length })}
      </p>
      <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full text-left text-sm">
        <THead className="bg-slate-100">
          <TRow>
            <THeadCell scope="col" className="p-2">
              {tp("columns.reference")}
            </THeadCell>
            <THeadCell scope="col" className="p-2">
              {t("status")}
            </THeadCell>
            <THeadCell scope="col" className="p-2">
              {tp("columns.payer")}
            </THeadCell>
            <THeadCell scope="col" className="p-2 text-right">
              {tp("columns.expected")}
            </THeadCell>
            <THeadCell scope="col" className="p-2">
              {tp("columns.plan")}
            </THeadCell>
            <THeadCell scope="col" className="p-2">
              {tp("columns.candidates")}
            </THeadCell>
            <THeadCell scope="col" className="p-2">
              {tp("columns.transferDate")}
            </THeadCell>
          </TRow>
        </THead>
        <TBody>
          {payments.map((p) => (
            <TRow key={p.id} className="border-t border-slate-200">
              <TCell className="p-2">
                <Link
                  href={`/staff/payments/${p.id}`}
                  className="font-mono font-medium text-brand-700 underline underline-offset-4"
                >
                  {p.referenceCode}
                </Link>
              </TCell>
              <TCell className="p-2">
                <Badge tone={TONE[p.status]}>{t(`state.${p.status}`)}</Badge>
              </TCell>
              <PayerCell payment={p} />
              <TCell className="p-2 text-right font-mono">{formatYuan(p.expectedAmountFen)}</TCell>
              <PlanCell payment={p} t={tp} />
              <CandidatesCell payment={p} t={tp} />
              <TCell className="p-2">{p.transferDate}</TCell>
            </TRow>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
