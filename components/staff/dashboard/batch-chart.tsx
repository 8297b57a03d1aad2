import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardBatchDto } from "@/lib/server/dashboard/get-dashboard";
import { projectName } from "@/lib/domain/catalog/names";

/**
 * Applications per batch and project as plain CSS bars (no chart library: nothing to load, and
 * the numbers are text a screen reader reads). Each bar's width is its share of the largest.
 */
export async function BatchChart({ batches }: { batches: DashboardBatchDto[] }) {
  const [t, tc] = await Promise.all([getTranslations("staffExam.dashboard"), getTranslations("common")]);
  const locale = await getLocale();
  const withData = batches.filter((b) => b.projects.length > 0);
  const max = Math.max(1, ...withData.flatMap((b) => b.projects.map((p) => p.count)));
  if (withData.length === 0) return <p className="text-slate-600">{t("chartEmpty")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {withData.map((b) => (
        <figure key={b.id} className="rounded-lg border border-slate-200 bg-white p-3">
          <figcaption className="mb-2 font-semibold">{tc("batchLabel", { year: b.year, seq: b.seq })}</figcaption>
          <ul className="flex flex-col gap-1">
            {b.projects.map((p) => (
              <li key={p.seq} className="grid grid-cols-[minmax(8rem,14rem)_1fr_3rem] items-center gap-2 text-sm">
                <span className="truncate" title={projectName(p.name, locale)}>
                  {p.seq}. {projectName(p.name, locale)}
                </span>
                <span className="h-4 rounded bg-slate-100" aria-hidden="true">
                  <span className="block h-4 rounded bg-brand-600" style={{ width: `${(p.count / max) * 100}%` }} />
                </span>
                <span className="text-right tabular-nums">{p.count}</span>
              </li>
            ))}
          </ul>
        </figure>
      ))}
    </div>
  );
}
