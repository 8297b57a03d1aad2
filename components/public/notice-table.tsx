import { displayTicketNumber } from "@/lib/domain/ticket-number";
import type { NoticePlanDto } from "@/lib/server/results/list-notice";
import { projectName } from "@/lib/domain/catalog/names";
import { Headings, Table, TBody, TCell, THeadCell, TRow } from "@/components/ui/table";

export interface NoticeLabels {
  period: (start: string, end: string) => string;
  planTitle: (plan: NoticePlanDto) => string;
  ticket: string;
  name: string;
  idNumber: string;
  project: string;
  score: string;
  resultHeader: string;
  result: Record<NoticePlanDto["entries"][number]["result"], string>;
  absentScore: string;
  corrected: string;
  count: (n: number) => string;
}

// On a phone the name stays put while the other columns scroll under it (the table's frame
// scrolls, the plan's heading does not), and the score and result come right after it, so what a
// candidate looks for fits a 412 px screen (issue 16).
const NAME_CELL = "sticky left-0 z-10 bg-white p-2 text-left whitespace-nowrap shadow-[1px_0_0_#e2e8f0]";

/**
 * 八 成绩公示 tables. A plain component (labels passed in) so the privacy test can render it
 * exactly as the page does and scan the HTML for full ID numbers. Only masked values arrive here.
 */
export function NoticeTable({ plans, labels, locale }: { plans: NoticePlanDto[]; labels: NoticeLabels; locale: string }) {
  return (
    <div className="flex flex-col gap-5">
      {plans.map((plan) => (
        <section
          key={plan.planId}
          aria-labelledby={`notice-${plan.planId}`}
          className="overflow-hidden rounded-lg border border-slate-200 bg-white"
        >
          <div className="p-3">
            <h2 id={`notice-${plan.planId}`} className="text-lg font-semibold">
              {labels.planTitle(plan)}
            </h2>
            <p className="text-sm text-slate-700">
              {labels.period(plan.publishedOn, plan.noticeEnd)} · {labels.count(plan.entries.length)}
            </p>
          </div>
          <Table className="min-w-[36rem]">
            <Headings
              className="bg-slate-50"
              headings={[
                { label: labels.name, className: NAME_CELL },
                { label: labels.score, align: "right" },
                labels.resultHeader,
                labels.ticket,
                labels.idNumber,
                labels.project,
              ]}
            />
            <TBody>
              {plan.entries.map((e) => (
                <TRow key={e.ticketNumber} className="border-t border-slate-100">
                  <THeadCell scope="row" className={`${NAME_CELL} font-normal`} lang="zh-CN">
                    {e.maskedName}
                  </THeadCell>
                  <TCell className="text-right tabular-nums">{e.score ?? labels.absentScore}</TCell>
                  <TCell className={e.result === "pass" ? "font-medium text-green-800" : "text-slate-700"}>
                    {labels.result[e.result]}
                    {e.corrected ? <span className="ml-1 text-amber-900">{labels.corrected}</span> : null}
                  </TCell>
                  <TCell className="font-mono whitespace-nowrap">{displayTicketNumber(e.ticketNumber)}</TCell>
                  <TCell className="font-mono">{e.maskedIdNumber}</TCell>
                  <TCell>{projectName(plan.project.name, locale)}</TCell>
                </TRow>
              ))}
            </TBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
