import { getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { PlanPayment } from "@/app/[locale]/institution/payments/_components/plan-payment";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatYuan } from "@/lib/format";
import { listPayable } from "@/lib/server/institution/payments/list-payable";
import { openBatchPage, type BatchPageProps } from "../batch-page";

export const dynamic = "force-dynamic";

const TONE = { PENDING: "info", CONFIRMED: "success", RETURNED: "danger" } as const;

/** 五(一) 机构缴费: per plan, the approved candidates to pay for and the receipts already sent. */
export default async function PaymentsPage(props: BatchPageProps) {
  const { actor, today, options, batch } = await openBatchPage(props, "/institution/payments", "payment");
  const t = await getTranslations("institution.payments");
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const payable = await listPayable(actor, batch.id, today);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <BatchPicker options={options} selected={batch} phase="payment" />
      {payable.windowOpen ? null : <Alert tone="info">{t("closed", payable.paymentWindow)}</Alert>}
      {payable.plans.length === 0 ? <p role="status">{t("none")}</p> : null}
      {payable.plans.map((plan) => (
        <Card key={plan.planId} aria-labelledby={`plan-${plan.planId}`} className="flex flex-col gap-3">
          <h2 id={`plan-${plan.planId}`} className="text-lg font-semibold">
            {plan.projectName}
          </h2>
          {plan.payments.length > 0 ? (
            <ul className="flex flex-col gap-1 text-sm">
              {plan.payments.map((p) => (
                <li key={p.referenceCode} className="flex flex-wrap items-center gap-2">
                  <span className="font-mono">{p.referenceCode}</span>
                  <Badge tone={TONE[p.status]}>{t(`status.${p.status}`)}</Badge>
                  <span>
                    {t("paymentLine", {
                      count: p.headCount,
                      amount: formatYuan(p.amountFen),
                      expected: formatYuan(p.expectedAmountFen),
                    })}
                  </span>
                  {p.returnReason ? <span className="text-red-800">{p.returnReason}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <PlanPayment plan={plan} payerName={actor.displayName} open={payable.windowOpen} today={today} />
        </Card>
      ))}
    </div>
  );
}
