import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeServices } from "@/components/public/home-services";
import { OpenWindows } from "@/components/public/open-windows";
import { UpcomingDates } from "@/components/public/upcoming-dates";
import { buttonVariants } from "@/components/ui/button";
import { LocalizedLink as Link } from "@/components/layout/localized-link";
import { nextDeadlines, phasesOpenOn } from "@/lib/domain/calendar";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { publicCalendar } from "@/lib/server/catalog/public-catalog";

// Rendered once for everyone and kept at most a minute (ADR 050); the data cache behind it is
// expired by the staff actions that change it.
export const dynamic = "force-static";
export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tc, tp] = await Promise.all([getTranslations("home"), getTranslations("common"), getTranslations("publicNav")]);
  const today = todayInBeijing();
  const { batches } = await publicCalendar(); // cached, ADR 050; what is open is today's
  const open = phasesOpenOn(batches, today);
  const upcoming = nextDeadlines(batches, today).slice(0, 6);

  return (
    <div className="flex flex-col gap-6">
      <section>
        <h1 className="text-2xl leading-snug font-bold">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        <p className="mt-2 text-sm text-slate-600">{tc("today", { date: today })}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/eligibility" className={buttonVariants()}>
            {t("checkEligibility")}
          </Link>
          <Link href="/calendar" className={buttonVariants({ variant: "secondary" })}>
            {t("seeCalendar")}
          </Link>
          <Link href="/guide" className={buttonVariants({ variant: "secondary" })}>
            {tp("guide")}
          </Link>
        </div>
      </section>
      <OpenWindows open={open} today={today} />
      <UpcomingDates items={upcoming} />
      <HomeServices />
    </div>
  );
}
