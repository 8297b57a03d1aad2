import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarView } from "@/app/[locale]/calendar/_components/calendar-view";

// As /calendar (ADR 050): rendered once per year and language, kept for a minute at most.
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("calendar") };
}

export default async function CalendarYearPage({ params }: { params: Promise<{ locale: string; year: string }> }) {
  const { locale, year } = await params;
  setRequestLocale(locale);
  if (!/^\d{4}$/.test(year)) notFound();
  return <CalendarView year={Number(year)} />;
}
