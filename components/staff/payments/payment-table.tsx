import { getLocale, getTranslations } from "next-intl/server";
import { QUEUE_ROW } from "@/components/staff/keys/queue-row";
import { CandidatesCell, PayerCell, PlanCell } from "@/components/staff/payments/payment-cells";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import type { PaymentDto } from "@/lib/server/payments/list-payments";

/** Receipts waiting for 确认收费, oldest first; the amount due beside the amount on the receipt. j / k walk the rows (ADR 046). */
export async function PaymentTable({ payments }: { payments: PaymentDto[] }) {
  const [t, tr] = await Promise.all([getTranslations("staffPayments"), getTranslations("refunds")]);
  const locale = await getLocale();
  if (payments.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">
              {t("columns.reference")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.payer")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("columns.amount")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("columns.expected")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.plan")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.candidates")}
            </th>
            <th scope="col" className="p-2">
              {t("columns.transferDate")}
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.id} data-queue-row className={QUEUE_ROW}>
              <td className="p-2">
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
              </td>
              <PayerCell payment={p} />
              <td className="p-2 text-right font-mono">{formatYuan(p.amountFen)}</td>
              <td className="p-2 text-right font-mono">
                {formatYuan(p.expectedAmountFen)}
                {p.amountFen !== p.expectedAmountFen ? (
                  <Badge tone="danger" className="ml-1">
                    {t("mismatch")}
                  </Badge>
                ) : null}
              </td>
              <PlanCell payment={p} t={t} locale={locale} />
              <CandidatesCell payment={p} t={t} />
              <td className="p-2">{p.transferDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
