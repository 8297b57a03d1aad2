import { getLocale, getTranslations } from "next-intl/server";
import { feeSummary } from "@/lib/domain/guide";
import { formatYuan } from "@/lib/format";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

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
          <Table className="w-full text-sm">
            <THead className="bg-slate-50 text-left">
              <TRow>
                <THeadCell scope="col" className="p-2">
                  {t("project")}
                </THeadCell>
                <THeadCell scope="col" className="p-2 text-right">
                  {t("fee")}
                </THeadCell>
              </TRow>
            </THead>
            <TBody>
              {projects.map((p) => (
                <TRow key={p.seq} className="border-t border-slate-100">
                  <TCell className="p-2">
                    {p.seq}. {locale === "en" && p.nameEn ? p.nameEn : p.name}
                  </TCell>
                  <TCell className="p-2 text-right tabular-nums">{formatYuan(p.feeFen)}</TCell>
                </TRow>
              ))}
            </TBody>
          </Table>
        </>
      ) : (
        <p className="text-slate-600">{t("none")}</p>
      )}
    </section>
  );
}
