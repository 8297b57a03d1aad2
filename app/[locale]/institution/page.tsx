import { getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { institutionOverview, OVERVIEW_STATUSES } from "@/lib/server/institution/overview";
import { projectName } from "@/lib/domain/catalog/names";
import { listSeparator } from "@/lib/i18n/format";
import { institutionPage } from "@/lib/server/auth/page-guards";
import { Table, Headings, TBody, TRow, TCell } from "@/components/ui/table";

export const dynamic = "force-dynamic";

/** 报名机构首页: authorized projects (附件2) and each batch's state and counts (三). */
export default async function InstitutionHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await institutionPage("/institution");
  const today = todayInBeijing();
  const overview = await institutionOverview(actor, today);
  const [t, tc, tp, ts] = await Promise.all([
    getTranslations("institution.home"),
    getTranslations("common"),
    getTranslations("phases"),
    getTranslations("status"),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{overview.institutionName}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <Card aria-labelledby="projects">
        <h2 id="projects" className="text-lg font-semibold">
          {t("projects")}
        </h2>
        <p className="mt-1">
          {overview.projects.map((p) => `${p.seq}. ${projectName(p.name, locale)}`).join(listSeparator(locale))}
        </p>
      </Card>
      <section aria-labelledby="batches" className="flex flex-col gap-2">
        <h2 id="batches" className="text-lg font-semibold">
          {t("batches")}
        </h2>
        <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full text-left text-sm">
          <Headings
            className="bg-slate-50"
            headings={[t("batch"), t("phase"), t("exam"), t("total"), ...OVERVIEW_STATUSES.map((s) => ts(s))]}
          />
          <TBody>
            {overview.batches.map(({ batch, phase, columns, total }) => (
              <TRow key={batch.id} className="border-t border-slate-100">
                <TCell className="p-2">
                  <Link
                    href={{ pathname: "/institution/candidates", query: { batch: batch.id } }}
                    className="text-brand-700 underline"
                  >
                    {tc("batchLabel", { year: batch.year, seq: batch.seq })}
                  </Link>
                </TCell>
                <TCell className="p-2">{tp(phase)}</TCell>
                <TCell className="p-2">{batch.examDate}</TCell>
                <TCell className="p-2">{total}</TCell>
                {columns.map((c) => (
                  <TCell key={c.status} className="p-2">
                    {c.count}
                  </TCell>
                ))}
              </TRow>
            ))}
          </TBody>
        </Table>
      </section>
    </div>
  );
}
