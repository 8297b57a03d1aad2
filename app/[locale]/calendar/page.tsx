import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarView } from "@/app/[locale]/calendar/_components/calendar-view";

// Rendered once for everyone and kept (ADR 050): the batches come from the data cache, which the
// staff calendar actions expire; the day, and so each batch's phase and the demo clock banner,
// is at most a minute old. Other years are /calendar/<year>.
export const dynamic = "force-static";
export const revalidate = 60;

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("calendar") };
}

export default async function CalendarPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <CalendarView year={null} />;
}
