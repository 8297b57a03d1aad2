import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { currentPhase } from "@/lib/domain/calendar";
import type { IsoDate, PhaseName } from "@/lib/domain/types";
import type { BatchDto } from "@/lib/server/catalog/list-batches";

const WINDOWS = ["registration", "review", "payment", "ticket"] as const;

export async function BatchCard({ batch, today }: { batch: BatchDto; today: IsoDate }) {
  const [t, tp, tc] = await Promise.all([getTranslations("calendar"), getTranslations("phases"), getTranslations("common")]);
  const phase = currentPhase(batch, today);
  const isActive = (name: PhaseName) => phase === name;
  const row = (name: PhaseName, label: string, value: string) => (
    <div
      key={name}
      className={cn("flex justify-between gap-3 rounded px-2 py-1", isActive(name) && "bg-brand-100 font-semibold")}
    >
      <dt>{label}</dt>
      <dd className="text-right tabular-nums">
        {value}
        {isActive(name) ? <span className="sr-only"> ({t("current")})</span> : null}
      </dd>
    </div>
  );
  return (
    <Card aria-label={tc("batchLabel", { year: batch.year, seq: batch.seq })}>
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-lg font-semibold">{tc("batchLabel", { year: batch.year, seq: batch.seq })}</h2>
        <Badge tone={phase === "after" ? "neutral" : phase === "before" ? "warning" : "info"}>
          {t("current")}：{tp(phase)}
        </Badge>
      </div>
      <dl className="space-y-0.5 text-sm sm:text-base">
        {WINDOWS.map((name) => row(name, t(name), `${batch[name].start} — ${batch[name].end}`))}
        {row("exam", t("exam"), batch.examDate)}
      </dl>
      <dl className="mt-2 space-y-0.5 border-t border-slate-100 pt-2 text-sm text-slate-700">
        <div className="flex justify-between gap-3 px-2">
          <dt>{t("handout")}</dt>
          <dd className="tabular-nums">{batch.derived.ticketHandoutDeadline}</dd>
        </div>
        <div className="flex justify-between gap-3 px-2">
          <dt>{t("notice")}</dt>
          <dd className="text-right tabular-nums">
            {batch.derived.resultNoticeStart} — {batch.derived.resultNoticeEnd}
          </dd>
        </div>
        <div className="flex justify-between gap-3 px-2">
          <dt>{t("certificate")}</dt>
          <dd className="tabular-nums">{batch.derived.certificateReadyFrom}</dd>
        </div>
      </dl>
    </Card>
  );
}
