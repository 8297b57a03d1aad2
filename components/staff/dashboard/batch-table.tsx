import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DashboardBatchDto, StatusGroup } from "@/lib/server/dashboard/get-dashboard";

const GROUPS: StatusGroup[] = ["draft", "review", "payment", "confirmed", "closed"];

/** Counts per batch and phase: which batch is where today (三), how many are at each step. */
export async function BatchTable({ batches }: { batches: DashboardBatchDto[] }) {
  const [t, tp, tc] = await Promise.all([
    getTranslations("staffExam.dashboard"),
    getTranslations("windowRules.phases"),
    getTranslations("common"),
  ]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">{t("byBatch")}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="p-2">
              {t("batch")}
            </th>
            <th scope="col" className="p-2">
              {t("examDate")}
            </th>
            <th scope="col" className="p-2">
              {t("phase")}
            </th>
            {GROUPS.map((g) => (
              <th key={g} scope="col" className="p-2 text-right">
                {t(`groups.${g}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} className="border-t border-slate-100">
              <th scope="row" className="p-2 text-left font-medium">
                {tc("batchLabel", { year: b.year, seq: b.seq })}
              </th>
              <td className="p-2 tabular-nums">{b.examDate}</td>
              <td className="p-2">
                <Badge tone={b.phase === "after-notice" ? "neutral" : b.phase === "before-registration" ? "warning" : "info"}>
                  {tp(b.phase)}
                </Badge>
              </td>
              {GROUPS.map((g) => (
                <td key={g} className="p-2 text-right tabular-nums">
                  {b.counts[g] || "—"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
