import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoticeTable, type NoticeLabels } from "@/components/public/notice-table";
import { Alert } from "@/components/ui/alert";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listPublicNotices } from "@/lib/server/results/list-notice";
import { projectName } from "@/lib/domain/catalog/names";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("publicNotice.notice");
  return { title: t("title") };
}

/** 八 成绩公示, public: plans in their 5-working-day notice period, names and ID numbers masked on the server. */
export default async function NoticePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tc] = await Promise.all([getTranslations("publicNotice.notice"), getTranslations("common")]);
  const today = todayInBeijing();
  const plans = await listPublicNotices(today);
  const labels: NoticeLabels = {
    period: (start, end) => t("period", { start, end }),
    planTitle: (plan) =>
      t("planTitle", {
        batch: tc("batchLabel", { year: plan.batch.year, seq: plan.batch.seq }),
        project: projectName(plan.project.name, locale),
        date: plan.batch.examDate,
      }),
    ticket: t("ticket"),
    name: t("name"),
    idNumber: t("idNumber"),
    project: t("project"),
    score: t("score"),
    resultHeader: t("result"),
    result: { pass: t("pass"), fail: t("fail"), absent: t("absent") },
    absentScore: t("absentScore"),
    corrected: t("corrected"),
    count: (n) => t("count", { count: n }),
  };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {plans.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <NoticeTable plans={plans} labels={labels} locale={locale} />
      )}
      <Alert tone="info">{t("objection")}</Alert>
    </div>
  );
}
