import { getLocale, getTranslations } from "next-intl/server";
import { feeSummary } from "@/lib/domain/guide";
import { formatYuan } from "@/lib/format";

export interface GuideFeeRow {
  seq: number;
  name: string;
  nameEn: string;
  feeFen: number;
}

/** 五 fees as the administrator entered them on the projects. */
export async function GuideFees({ projects }: { projects: readonly GuideFeeRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("guide.fees"), getLocale()]);
  const summary = feeSummary(projects);
  return (
    <section aria-labelledby="guide-fees" className="flex flex-col gap-3">
      <h2 id="guide-fees" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      {summary ? (
        <>
          <p className="font-medium">{t("range", { min: formatYuan(summary.minFen), max: formatYuan(summary.maxFen) })}</p>
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="p-2">
                  {t("project")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("fee")}
                </th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.seq} className="border-t border-slate-100">
                  <td className="p-2">
                    {p.seq}. {locale === "en" && p.nameEn ? p.nameEn : p.name}
                  </td>
                  <td className="p-2 text-right tabular-nums">{formatYuan(p.feeFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="text-slate-600">{t("none")}</p>
      )}
    </section>
  );
}
