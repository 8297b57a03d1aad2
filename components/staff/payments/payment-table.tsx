import { getLocale, getTranslations } from "next-intl/server";
import { QUEUE_ROW } from "@/components/staff/keys/queue-row";
import { CandidatesCell, PayerCell, PlanCell } from "@/components/staff/payments/payment-cells";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { formatYuan } from "@/lib/format";
import { Headings, Table, TBody, TRow, TCell } from "@/components/ui/table";
import type { PaymentDto } from "@/lib/server/payments/list-payments";

/** Receipts waiting for 确认收费, oldest first; the amount due beside the amount on the receipt. j / k walk the rows (ADR 046). */
export async function PaymentTable({ payments }: { payments: PaymentDto[] }) {
  const [t, tr] = await Promise.all([getTranslations("staffPayments"), getTranslations("refunds")]);
  const locale = await getLocale();
  if (payments.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="text-left">
      <Headings
        className="bg-slate-100"
        headings={[
          t("columns.reference"),
          t("columns.payer"),
          { label: t("columns.amount"), align: "right" },
          { label: t("columns.expected"), align: "right" },
          t("columns.plan"),
          t("columns.candidates"),
          t("columns.transferDate"),
        ]}
      />
      <TBody>
        {payments.map((p) => (
          <TRow key={p.id} data-queue-row className={QUEUE_ROW}>
            <TCell>
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
            <TCell className="text-right font-mono">{formatYuan(p.amountFen)}</TCell>
            <TCell className="text-right font-mono">
              {formatYuan(p.expectedAmountFen)}
              {p.amountFen !== p.expectedAmountFen ? (
                <Badge tone="danger" className="ml-1">
                  {t("mismatch")}
                </Badge>
              ) : null}
            </TCell>
            <PlanCell payment={p} t={t} locale={locale} />
            <CandidatesCell payment={p} t={t} />
            <TCell>{p.transferDate}</TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
