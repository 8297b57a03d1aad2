import { getLocale, getTranslations } from "next-intl/server";
import { CandidatesCell, PayerCell, PlanCell } from "@/components/staff/payments/payment-cells";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
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
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">
                {tp("columns.reference")}
              </th>
              <th scope="col" className="p-2">
                {t("status")}
              </th>
              <th scope="col" className="p-2">
                {tp("columns.payer")}
              </th>
              <th scope="col" className="p-2 text-right">
                {tp("columns.expected")}
              </th>
              <th scope="col" className="p-2">
                {tp("columns.plan")}
              </th>
              <th scope="col" className="p-2">
                {tp("columns.candidates")}
              </th>
              <th scope="col" className="p-2">
                {tp("columns.transferDate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="p-2">
                  <Link
                    href={`/staff/payments/${p.id}`}
                    className="font-mono font-medium text-brand-700 underline underline-offset-4"
                  >
                    {p.referenceCode}
                  </Link>
                </td>
                <td className="p-2">
                  <Badge tone={TONE[p.status]}>{t(`state.${p.status}`)}</Badge>
                </td>
                <PayerCell payment={p} />
                <td className="p-2 text-right font-mono">{formatYuan(p.expectedAmountFen)}</td>
                <PlanCell payment={p} t={tp} locale={locale} />
                <CandidatesCell payment={p} t={tp} />
                <td className="p-2">{p.transferDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
