import { getTranslations, setRequestLocale } from "next-intl/server";
import { YearNav } from "@/components/staff/plans/year-nav";
import { ResultsBatch } from "@/app/[locale]/staff/results/_components/results-batch";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listBatchYears } from "@/lib/server/catalog/list-batches";
import { resultsOverview } from "@/lib/server/results/results-overview";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffExam.results");
  return { title: t("title") };
}

/** 八 成绩 and 九 证书 for the held plans of a year. */
export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", "/staff/results");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const t = await getTranslations("staffExam.results");
  const today = todayInBeijing();
  const years = await listBatchYears();
  const year = years.includes(Number(query.year)) ? Number(query.year) : Number(today.slice(0, 4));
  const batches = await resultsOverview(actor, year, today);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {years.length > 1 ? <YearNav years={years} current={year} label={t("year")} pathname="/staff/results" /> : null}
      {batches.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        batches.map((b) => <ResultsBatch key={b.id} batch={b} />)
      )}
    </div>
  );
}
