import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { BatchDef, IsoDate, PhaseName } from "@/lib/domain/types";
import { daysBetween } from "@/lib/format";

const PHASES = ["registration", "review", "payment", "ticket"] as const;

/** Several batches are open at once (三): one list per phase, each naming its batch. */
export async function OpenWindows({ open, today }: { open: { batch: BatchDef; phase: PhaseName }[]; today: IsoDate }) {
  const [t, tp, tc] = await Promise.all([getTranslations("home"), getTranslations("phases"), getTranslations("common")]);
  return (
    <section aria-labelledby="open-now">
      <h2 id="open-now" className="mb-3 text-xl font-semibold">
        {t("openNow")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {PHASES.map((phase) => {
          const items = open.filter((o) => o.phase === phase);
          return (
            <Card key={phase} aria-label={tp(phase)}>
              <h3 className="font-semibold text-brand-800">{tp(phase)}</h3>
              {items.length === 0 ? (
                <p className="mt-1 text-slate-600">{t("noneOpen", { phase: tp(phase) })}</p>
              ) : (
                <ul className="mt-1 space-y-1">
                  {items.map(({ batch }) => {
                    const window = batch[phase];
                    return (
                      <li key={`${batch.year}-${batch.seq}`}>
                        {t("openUntil", {
                          batch: tc("batchLabel", { year: batch.year, seq: batch.seq }),
                          start: window.start,
                          end: window.end,
                          days: daysBetween(today, window.end),
                        })}
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
          );
        })}
      </div>
    </section>
  );
}
