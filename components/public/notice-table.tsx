import { displayTicketNumber } from "@/lib/domain/ticket-number";
import type { NoticePlanDto } from "@/lib/server/results/list-notice";
import { projectName } from "@/lib/domain/catalog/names";

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

// On a phone the name stays put while the other columns scroll under it, and the score and result
// come right after it, so what a candidate looks for fits a 412 px screen (issue 16).
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
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
        >
          <div className="p-3">
            <h2 id={`notice-${plan.planId}`} className="text-lg font-semibold">
              {labels.planTitle(plan)}
            </h2>
            <p className="text-sm text-slate-700">
              {labels.period(plan.publishedOn, plan.noticeEnd)} · {labels.count(plan.entries.length)}
            </p>
          </div>
          <table className="w-full min-w-[36rem] text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className={NAME_CELL}>
                  {labels.name}
                </th>
                <th scope="col" className="p-2 text-right">
                  {labels.score}
                </th>
                <th scope="col" className="p-2">
                  {labels.resultHeader}
                </th>
                <th scope="col" className="p-2">
                  {labels.ticket}
                </th>
                <th scope="col" className="p-2">
                  {labels.idNumber}
                </th>
                <th scope="col" className="p-2">
                  {labels.project}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.entries.map((e) => (
                <tr key={e.ticketNumber} className="border-t border-slate-100">
                  <th scope="row" className={`${NAME_CELL} font-normal`} lang="zh-CN">
                    {e.maskedName}
                  </th>
                  <td className="p-2 text-right tabular-nums">{e.score ?? labels.absentScore}</td>
                  <td className={e.result === "pass" ? "p-2 font-medium text-green-800" : "p-2 text-slate-700"}>
                    {labels.result[e.result]}
                    {e.corrected ? <span className="ml-1 text-amber-900">{labels.corrected}</span> : null}
                  </td>
                  <td className="p-2 font-mono whitespace-nowrap">{displayTicketNumber(e.ticketNumber)}</td>
                  <td className="p-2 font-mono">{e.maskedIdNumber}</td>
                  <td className="p-2">{projectName(plan.project.name, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
