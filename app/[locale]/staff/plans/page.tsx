import { getTranslations } from "next-intl/server";
import { openStaffPage, shownYear } from "@/app/[locale]/staff/open-staff-page";
import { StaffPageHeader } from "@/components/staff/staff-page-header";
import { PlanTable } from "@/components/staff/plans/plan-table";
import { YearNav } from "@/components/staff/plans/year-nav";
import { Link } from "@/i18n/navigation";
import { listPlans } from "@/lib/server/plans/list-plans";
import { PLAN_MINIMUM } from "@/lib/server/plans/load-plan";
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
  const { actor } = await openStaffPage(params, "EXAM_OFFICER", "/staff/plans");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const t = await getTranslations("staffExam.plans");
  const { years, year } = await shownYear((await searchParams).year);
  const plans = await listPlans(actor, year);
  return (
    <div className="flex flex-col gap-4">
      <StaffPageHeader title={t("title")} intro={t("intro")}>
        <Link href="/staff/plans/sites" className="text-brand-700 underline underline-offset-4">
          {t("sitesLink")}
        </Link>
      </StaffPageHeader>
      {years.length > 1 ? <YearNav years={years} current={year} label={t("year")} pathname="/staff/plans" /> : null}
      <PlanTable plans={plans} minimum={PLAN_MINIMUM} />
    </div>
  );
}
