import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { currentPhase } from "@/lib/domain/calendar";
import type { IsoDate, PhaseName } from "@/lib/domain/types";
import type { BatchDto } from "@/lib/server/catalog/list-batches";

const WINDOWS = ["registration", "review", "payment", "ticket"] as const;

export async function BatchCard({ batch, today }: { batch: BatchDto; today: IsoDate }) {
  const [t, tp, tc] = await Promise.all([getTranslations("calendar"), getTranslations("phases"), getTranslations("common")]);
  const phase = currentPhase(batch, today);
  const isActive = (name: PhaseName) => phase === name;
  const row = (name: PhaseName, label: string, value: string) => (
    <div key={name} className={isActive(name) ? "batch-now" : undefined}>
      <dt>{label}</dt>
      <dd>
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
      {/* Row styles: globals.css "batch-dates" (the page carries every class attribute twice). */}
      <dl className="batch-dates space-y-0.5 text-sm sm:text-base">
        {WINDOWS.map((name) => row(name, t(name), `${batch[name].start} — ${batch[name].end}`))}
        {row("exam", t("exam"), batch.examDate)}
      </dl>
      <dl className="batch-derived mt-2 space-y-0.5 border-t border-slate-100 pt-2 text-sm text-slate-700">
        <div>
          <dt>{t("handout")}</dt>
          <dd>{batch.derived.ticketHandoutDeadline}</dd>
        </div>
        <div>
          <dt>{t("notice")}</dt>
          <dd>
            {batch.derived.resultNoticeStart} — {batch.derived.resultNoticeEnd}
          </dd>
        </div>
        <div>
          <dt>{t("certificate")}</dt>
          <dd>{batch.derived.certificateReadyFrom}</dd>
        </div>
      </dl>
    </Card>
  );
}
