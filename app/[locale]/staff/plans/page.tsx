import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlanTable } from "@/components/staff/plans/plan-table";
import { YearNav } from "@/components/staff/plans/year-nav";
import { Link } from "@/i18n/navigation";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listBatchYears } from "@/lib/server/catalog/list-batches";
import { listPlans } from "@/lib/server/plans/list-plans";
import { PLAN_MINIMUM } from "@/lib/server/plans/load-plan";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffExam.plans");
  return { title: t("title") };
}

export default async function PlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", "/staff/plans");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const t = await getTranslations("staffExam.plans");
  const years = await listBatchYears();
  const requested = Number(query.year);
  const year = years.includes(requested) ? requested : Number(todayInBeijing().slice(0, 4));
  const plans = await listPlans(actor, year);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="max-w-prose text-slate-700">{t("intro")}</p>
        </div>
        <Link href="/staff/plans/sites" className="text-brand-700 underline underline-offset-4">
          {t("sitesLink")}
        </Link>
      </div>
      {years.length > 1 ? <YearNav years={years} current={year} label={t("year")} pathname="/staff/plans" /> : null}
      <PlanTable plans={plans} minimum={PLAN_MINIMUM} />
    </div>
  );
}
