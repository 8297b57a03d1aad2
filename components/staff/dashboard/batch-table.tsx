import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DashboardBatchDto, StatusGroup } from "@/lib/server/dashboard/get-dashboard";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

const GROUPS: StatusGroup[] = ["draft", "review", "payment", "confirmed", "closed"];

/** Counts per batch and phase: which batch is where today (三), how many are at each step. */
export async function BatchTable({ batches }: { batches: DashboardBatchDto[] }) {
  const [t, tp, tc] = await Promise.all([
    getTranslations("staffExam.dashboard"),
    getTranslations("windowRules.phases"),
    getTranslations("common"),
  ]);
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full min-w-[40rem] text-sm">
      <caption className="sr-only">{t("byBatch")}</caption>
      <THead className="bg-slate-50 text-left">
        <TRow>
          <THeadCell scope="col" className="p-2">
            {t("batch")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("examDate")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("phase")}
          </THeadCell>
          {GROUPS.map((g) => (
            <THeadCell key={g} scope="col" className="p-2 text-right">
              {t(`groups.${g}`)}
            </THeadCell>
          ))}
        </TRow>
      </THead>
      <TBody>
        {batches.map((b) => (
          <TRow key={b.id} className="border-t border-slate-100">
            <THeadCell scope="row" className="p-2 text-left font-medium">
              {tc("batchLabel", { year: b.year, seq: b.seq })}
            </THeadCell>
            <TCell className="p-2 tabular-nums">{b.examDate}</TCell>
            <TCell className="p-2">
              <Badge tone={b.phase === "after-notice" ? "neutral" : b.phase === "before-registration" ? "warning" : "info"}>
                {tp(b.phase)}
              </Badge>
            </TCell>
            {GROUPS.map((g) => (
              <TCell key={g} className="p-2 text-right tabular-nums">
                {b.counts[g] || "—"}
              </TCell>
            ))}
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
