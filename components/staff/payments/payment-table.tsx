import { getTranslations } from "next-intl/server";
import { QUEUE_ROW } from "@/components/staff/keys/queue-row";
import { CandidatesCell, PayerCell, PlanCell } from "@/components/staff/payments/payment-cells";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import type { PaymentDto } from "@/lib/server/payments/list-payments";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

/** Receipts waiting for 确认收费, oldest first; the amount due beside the amount on the receipt. j / k walk the rows (ADR 046). */
export async function PaymentTable({ payments }: { payments: PaymentDto[] }) {
  const [t, tr] = await Promise.all([getTranslations("staffPayments"), getTranslations("refunds")]);
  if (payments.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full text-left text-sm">
      <THead className="bg-slate-100">
        <TRow>
          <THeadCell scope="col" className="p-2">
            {t("columns.reference")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("columns.payer")}
          </THeadCell>
          <THeadCell scope="col" className="p-2 text-right">
            {t("columns.amount")}
          </THeadCell>
          <THeadCell scope="col" className="p-2 text-right">
            {t("columns.expected")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("columns.plan")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("columns.candidates")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("columns.transferDate")}
          </THeadCell>
        </TRow>
      </THead>
      <TBody>
        {payments.map((p) => (
          <TRow key={p.id} data-queue-row className={QUEUE_ROW}>
            <TCell className="p-2">
              <Link
                href={`/staff/payments/${p.id}`}
                data-queue-open
                className="font-mono font-medium text-brand-700 underline underline-offset-4"
              >
                {p.referenceCode}
              </Link>
              <span className="block text-xs text-slate-600">{t(`channel.${p.channel}`)}</span>
              {p.planCancelled ? (
                <Badge tone="danger" className="mt-1">
                  {tr("planCancelledBadge")}
                </Badge>
              ) : null}
            </TCell>
            <PayerCell payment={p} />
            <TCell className="p-2 text-right font-mono">{formatYuan(p.amountFen)}</TCell>
            <TCell className="p-2 text-right font-mono">
              {formatYuan(p.expectedAmountFen)}
              {p.amountFen !== p.expectedAmountFen ? (
                <Badge tone="danger" className="ml-1">
                  {t("mismatch")}
                </Badge>
              ) : null}
            </TCell>
            <PlanCell payment={p} t={t} />
            <CandidatesCell payment={p} t={t} />
            <TCell className="p-2">{p.transferDate}</TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
