import { getLocale, getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { RefundNotes } from "@/components/applications/refund-notes";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatYuan } from "@/lib/format";
import { listPayable } from "@/lib/server/institution/payments/list-payable";
import { listOwnRefunds } from "@/lib/server/refunds/list-refunds";
import { openBatchPage, type BatchPageProps } from "../batch-page";
import { BatchPayment } from "./_components/batch-payment";
import { projectName } from "@/lib/domain/catalog/names";
import { listSeparator } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

const TONE = { PENDING: "info", CONFIRMED: "success", RETURNED: "danger" } as const;

/**
 * 五(一) 机构缴费 for a whole batch (issue 13 item 2, ADR 096): the approved candidates of every
 * project, one notice, one transfer and one receipt; the receipts already sent, with their projects.
 */
export default async function PaymentsPage(props: BatchPageProps) {
  const { actor, today, options, batch } = await openBatchPage(props, "/institution/payments", "payment");
  const t = await getTranslations("institution.payments");
  const tb = await getTranslations("institutionBatch.payments");
  const locale = await getLocale();
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const [payable, refunds] = await Promise.all([
    listPayable(actor, batch.id, today),
    listOwnRefunds(actor, { batchId: batch.id }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{tb("intro")}</p>
      <BatchPicker options={options} selected={batch} phase="payment" />
      <RefundNotes refunds={refunds} forInstitution />
      {payable.windowOpen ? null : <Alert tone="info">{t("closed", payable.paymentWindow)}</Alert>}
      {payable.receipts.length > 0 ? (
        <Card aria-labelledby="receipts" className="flex flex-col gap-2">
          <h2 id="receipts" className="text-lg font-semibold">
            {tb("receiptsTitle")}
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {payable.receipts.map((p) => (
              <li key={p.referenceCode} className="flex flex-wrap items-center gap-2">
                <span className="font-mono">{p.referenceCode}</span>
                <Badge tone={TONE[p.status]}>{t(`status.${p.status}`)}</Badge>
                <span>
                  {tb("receiptLine", {
                    count: p.headCount,
                    amount: formatYuan(p.amountFen),
                    expected: formatYuan(p.expectedAmountFen),
                  })}
                </span>
                <span className="text-slate-600">
                  {p.projects.map((x) => `${projectName(x.name, locale)} ${x.headCount}`).join(listSeparator(locale))}
                </span>
                {p.returnReason ? <span className="text-red-800">{p.returnReason}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <BatchPayment batchId={batch.id} payable={payable} payerName={actor.displayName} today={today} />
    </div>
  );
}
