import { getTranslations, setRequestLocale } from "next-intl/server";
import { BatchChart } from "@/components/staff/dashboard/batch-chart";
import { BatchTable } from "@/components/staff/dashboard/batch-table";
import { SummaryCards } from "@/components/staff/dashboard/summary-cards";
import { currentActor } from "@/lib/server/auth/session";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffExam.dashboard");
  return { title: t("title") };
}

/** 工作台: any staff role. The layout sends everyone else to the login page. */
export default async function StaffDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const someone = await currentActor();
  const firstRole = someone?.kind === "STAFF" ? someone.roles[0] : undefined;
  // Any role will do; staffPageActor sends a user without a second factor to enroll first.
  const actor = firstRole ? await staffPage(firstRole, "/staff") : null;
  if (!actor) return <Forbidden />;
  const today = todayInBeijing();
  const [data, t] = await Promise.all([getDashboard(actor, today), getTranslations("staffExam.dashboard")]);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("today", { date: today, name: actor.displayName })}</p>
      </div>
      <SummaryCards data={data} />
      <section aria-labelledby="by-batch" className="flex flex-col gap-2">
        <h2 id="by-batch" className="text-xl font-semibold">
          {t("byBatch")}
        </h2>
        <BatchTable batches={data.batches} />
      </section>
      <section aria-labelledby="chart" className="flex flex-col gap-2">
        <h2 id="chart" className="text-xl font-semibold">
          {t("chartTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("chartHint")}</p>
        <BatchChart batches={data.batches} />
      </section>
    </div>
  );
}
