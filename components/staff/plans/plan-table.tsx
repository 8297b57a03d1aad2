import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PlanRowDto } from "@/lib/server/plans/list-plans";
import { MinimumMeter } from "./minimum-meter";
import { PlanStatusBadge } from "./plan-status-badge";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

/** 四: every batch × project of the year, grouped by batch, with the counts the decision rests on. */
export async function PlanTable({ plans, minimum }: { plans: PlanRowDto[]; minimum: number }) {
  const [t, tc] = await Promise.all([getTranslations("staffExam.plans"), getTranslations("common")]);
  const batches = [...new Map(plans.map((p) => [p.batch.id, p.batch])).values()];
  if (batches.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <div className="flex flex-col gap-5">
      {batches.map((b) => {
        const label = tc("batchLabel", { year: b.year, seq: b.seq });
        return (
          <section key={b.id} aria-label={label} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <h2 className="px-3 pt-3 text-lg font-semibold">
              {label}
              <span className="ml-2 text-sm font-normal text-slate-600">
                {t("batchDates", { exam: b.examDate, paymentEnd: b.paymentEnd })}
              </span>
            </h2>
            <Table className="w-full min-w-[44rem] text-sm">
              <THead className="text-left">
                <TRow>
                  <THeadCell scope="col" className="p-2">
                    {t("project")}
                  </THeadCell>
                  <THeadCell scope="col" className="p-2 text-right">
                    {t("submitted")}
                  </THeadCell>
                  <THeadCell scope="col" className="p-2 text-right">
                    {t("approved")}
                  </THeadCell>
                  <THeadCell scope="col" className="p-2 text-right">
                    {t("paid")}
                  </THeadCell>
                  <THeadCell scope="col" className="p-2">
                    {t("minimum", { minimum })}
                  </THeadCell>
                  <THeadCell scope="col" className="p-2">
                    {t("statusHeader")}
                  </THeadCell>
                </TRow>
              </THead>
              <TBody>
                {plans
                  .filter((p) => p.batch.id === b.id)
                  .map((p) => (
                    <TRow key={p.id} className="border-t border-slate-100 align-top">
                      <THeadCell scope="row" className="p-2 text-left font-medium">
                        <Link href={`/staff/plans/${p.id}`} className="text-brand-700 underline underline-offset-4">
                          {p.project.seq}. {p.project.name}
                        </Link>
                      </THeadCell>
                      <TCell className="p-2 text-right tabular-nums">{p.counts.submitted}</TCell>
                      <TCell className="p-2 text-right tabular-nums">{p.counts.approved}</TCell>
                      <TCell className="p-2 text-right tabular-nums">{p.counts.paid}</TCell>
                      <TCell className="p-2">
                        {p.status === "OPEN" ? (
                          <MinimumMeter paid={p.counts.paid} approved={p.counts.approved} minimum={minimum} />
                        ) : (
                          "—"
                        )}
                      </TCell>
                      <TCell className="p-2">
                        <PlanStatusBadge status={p.status} />
                        {p.statusReason ? <p className="mt-1 text-xs text-slate-600">{p.statusReason}</p> : null}
                      </TCell>
                    </TRow>
                  ))}
              </TBody>
            </Table>
          </section>
        );
      })}
    </div>
  );
}
