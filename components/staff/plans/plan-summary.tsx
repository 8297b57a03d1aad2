import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PlanDetailDto } from "@/lib/server/plans/get-plan";
import { MinimumMeter } from "./minimum-meter";
import { PlanStatusBadge } from "./plan-status-badge";
import { Quoted } from "@/components/i18n/quoted";

export async function PlanSummary({ plan }: { plan: PlanDetailDto }) {
  const [t, tc] = await Promise.all([getTranslations("staffExam.plan"), getTranslations("common")]);
  const counts = [
    ["submitted", plan.counts.submitted],
    ["approved", plan.counts.approved],
    ["paid", plan.counts.paid],
    ["ticketed", plan.counts.ticketed],
  ] as const;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <PlanStatusBadge status={plan.status} />
        <span className="text-slate-700">{t("examOn", { date: plan.batch.examDate })}</span>
      </div>
      {plan.statusReason ? (
        <p>
          <Quoted text={t("reasonShown", { reason: plan.statusReason })} quoted={[plan.statusReason]} />
        </p>
      ) : null}
      {plan.movedTo ? <p>{t("movedTo", { batch: tc("batchLabel", plan.movedTo) })}</p> : null}
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {counts.map(([key, value]) => (
          <div key={key} className="rounded bg-slate-50 p-2">
            <dt className="text-sm text-slate-600">{t(`counts.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {plan.status === "OPEN" ? (
        <MinimumMeter paid={plan.counts.paid} approved={plan.counts.approved} minimum={plan.minimum} />
      ) : null}
    </Card>
  );
}
