import { getLocale, getTranslations } from "next-intl/server";
import { Headings, TBody, TCell, THeadCell, TRow, Table } from "@/components/ui/table";
import { Link } from "@/i18n/navigation";
import type { PlanRowDto } from "@/lib/server/plans/list-plans";
import { MinimumMeter } from "./minimum-meter";
import { PlanStatusBadge } from "./plan-status-badge";
import { projectName } from "@/lib/domain/catalog/names";
import { Typed } from "@/components/i18n/quoted";

/** 四: every batch × project of the year, grouped by batch, with the counts the decision rests on. */
export async function PlanTable({ plans, minimum }: { plans: PlanRowDto[]; minimum: number }) {
  const locale = await getLocale();
  const [t, tc] = await Promise.all([getTranslations("staffExam.plans"), getTranslations("common")]);
  const batches = [...new Map(plans.map((p) => [p.batch.id, p.batch])).values()];
  if (batches.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  const headings = [
    t("project"),
    { label: t("submitted"), align: "right" },
    { label: t("approved"), align: "right" },
    { label: t("paid"), align: "right" },
    t("minimum", { minimum }),
    t("statusHeader"),
  ] as const;
  return (
    <div className="flex flex-col gap-5">
      {batches.map((b) => {
        const label = tc("batchLabel", { year: b.year, seq: b.seq });
        return (
          <section key={b.id} aria-label={label} className="rounded-lg border border-slate-200 bg-white">
            <h2 className="px-3 pt-3 text-lg font-semibold">
              {label}
              <span className="ml-2 text-sm font-normal text-slate-600">
                {t("batchDates", { exam: b.examDate, paymentEnd: b.paymentEnd })}
              </span>
            </h2>
            <Table className="min-w-[44rem]">
              <Headings headings={headings} />
              <TBody>
                {plans
                  .filter((p) => p.batch.id === b.id)
                  .map((p) => (
                    <TRow key={p.id} className="border-t border-slate-100 align-top">
                      <THeadCell scope="row" className="text-left font-medium">
                        <Link href={`/staff/plans/${p.id}`} className="text-brand-700 underline underline-offset-4">
                          {p.project.seq}. {projectName(p.project.name, locale)}
                        </Link>
                      </THeadCell>
                      <TCell className="text-right tabular-nums">{p.counts.submitted}</TCell>
                      <TCell className="text-right tabular-nums">{p.counts.approved}</TCell>
                      <TCell className="text-right tabular-nums">{p.counts.paid}</TCell>
                      <TCell>
                        {p.status === "OPEN" ? (
                          <MinimumMeter paid={p.counts.paid} approved={p.counts.approved} minimum={minimum} />
                        ) : (
                          "—"
                        )}
                      </TCell>
                      <TCell>
                        <PlanStatusBadge status={p.status} />
                        {p.statusReason ? (
                          <p className="mt-1 text-xs text-slate-600">
                            <Typed text={p.statusReason} />
                          </p>
                        ) : null}
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
