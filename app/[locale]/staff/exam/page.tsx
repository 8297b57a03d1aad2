import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExamPlanList } from "@/components/staff/exam/exam-plan-list";
import { buttonVariants } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import { addDays } from "@/lib/domain/iso-date";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listExamPlans } from "@/lib/server/exam/list-exam-plans";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffExam.exam");
  return { title: t("title") };
}

/** 六 七: the coming exam days: tickets, seats, sign-in sheets, the check-in desk. */
export default async function ExamPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", "/staff/exam");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const t = await getTranslations("staffExam.exam");
  // A week back, so last Saturday's sheets and check-ins are still at hand.
  const plans = await listExamPlans(actor, addDays(todayInBeijing(), -7));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/staff/exam/check-in" className={buttonVariants()}>
          {t("checkInLink")}
        </Link>
        <Link href="/staff/plans/sites" className={buttonVariants({ variant: "secondary" })}>
          {t("sitesLink")}
        </Link>
        <Link href="/staff/exam/outbox" className={buttonVariants({ variant: "secondary" })}>
          {t("outboxLink")}
        </Link>
      </div>
      <ExamPlanList plans={plans} locale={locale} />
    </div>
  );
}
