import { getTranslations, setRequestLocale } from "next-intl/server";
import { GuideFees } from "@/components/public/guide-fees";
import { GuideSchedule } from "@/components/public/guide-schedule";
import { GuideChannels, GuideDocuments } from "@/components/public/guide-text";
import { guideSchedule } from "@/lib/domain/guide";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { publicCalendar, publicProjects } from "@/lib/server/catalog/public-catalog";

// 办事指南 (issue 16): rendered once for everyone and kept at most a minute (ADR 050); the dates
// and fees come from the cached calendar and projects the staff actions expire.
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  const t = await getTranslations("guide");
  return { title: t("title") };
}

export default async function GuidePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("guide");
  const [{ batches }, projects] = await Promise.all([publicCalendar(), publicProjects()]);
  const schedule = guideSchedule(batches, todayInBeijing());
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <GuideChannels />
      <GuideSchedule year={schedule.year} batches={schedule.batches} />
      <GuideFees projects={projects.map((p) => ({ seq: p.seq, name: p.name, nameEn: p.nameEn, feeFen: p.feeFen }))} />
      <GuideDocuments />
    </article>
  );
}
