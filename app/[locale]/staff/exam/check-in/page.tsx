import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckInDesk } from "@/app/[locale]/staff/exam/check-in/_components/check-in-desk";
import { getPathname, Link } from "@/i18n/navigation";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffExam.checkIn");
  return { title: t("title") };
}

/** 七 考核当天签到: one column, large targets, works on a phone at the door. */
export default async function CheckInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffPage("EXAM_OFFICER", "/staff/exam/check-in");
  if (!actor) return <Forbidden role="EXAM_OFFICER" />;
  const t = await getTranslations("staffExam.checkIn");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <Link href="/staff/exam" className="text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { date: todayInBeijing() })}</p>
      <CheckInDesk photoBase={getPathname({ href: "/staff/exam/photo", locale })} />
    </div>
  );
}
