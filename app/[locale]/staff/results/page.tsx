import { getTranslations } from "next-intl/server";
import { openStaffPage, shownYear } from "@/app/[locale]/staff/open-staff-page";
import { StaffPageHeader } from "@/components/staff/staff-page-header";
import { YearNav } from "@/components/staff/plans/year-nav";
import { ResultsBatch } from "@/app/[locale]/staff/results/_components/results-batch";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { resultsOverview } from "@/lib/server/results/results-overview";
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
  const { actor } = await openStaffPage(params, "EXAM_OFFICER", "/staff/results");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const t = await getTranslations("staffExam.results");
  const today = todayInBeijing();
  const { years, year } = await shownYear((await searchParams).year, today);
  const batches = await resultsOverview(actor, year, today);
  return (
    <div className="flex flex-col gap-4">
      <StaffPageHeader title={t("title")} intro={t("intro")} />
      {years.length > 1 ? <YearNav years={years} current={year} label={t("year")} pathname="/staff/results" /> : null}
      {batches.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        batches.map((b) => <ResultsBatch key={b.id} batch={b} />)
      )}
    </div>
  );
}
