import { getTranslations, setRequestLocale } from "next-intl/server";
import { EligibilityForm } from "@/components/public/eligibility-form";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listProjects } from "@/lib/server/catalog/list-projects";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("eligibility") };
}

export default async function EligibilityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("eligibility");
  const projects = await listProjects();
  const options = projects.map((p) => ({
    seq: p.seq,
    name: locale === "en" ? `${p.name} (${p.nameEn})` : p.name,
    conditions: p.conditions.map((c) => ({ code: c.code, text: locale === "en" ? c.textEn : c.text })),
  }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <EligibilityForm projects={options} today={todayInBeijing()} />
    </div>
  );
}
