import { getTranslations, setRequestLocale } from "next-intl/server";
import { BatchCard } from "@/components/public/batch-card";
import { YearPicker } from "@/components/public/year-picker";
import { createWorkingDayCalendar } from "@/lib/domain/working-days";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { publicCalendar } from "@/lib/server/catalog/public-catalog";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("calendar") };
}

export default async function CalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("calendar");
  const today = todayInBeijing();
  // Cached with the staff calendar actions' tag (ADR 050); the day, and so each batch's phase, is this request's.
  const calendar = await publicCalendar();
  const years = [...new Set(calendar.batches.map((b) => b.year))];
  const requested = Number(query.year);
  const year = years.includes(requested)
    ? requested
    : (years.find((y) => y === Number(today.slice(0, 4))) ?? years.at(-1) ?? 2025);
  const batches = calendar.batches.filter((b) => b.year === year);
  const workingDays = createWorkingDayCalendar(new Map(calendar.overrides));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title", { year })}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {years.length > 1 ? <YearPicker years={years} current={year} label={t("year")} /> : null}
      {workingDays.hasHolidayData(year) ? null : (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-950">
          {t("holidayWarning", { year })}
        </p>
      )}
      {batches.length === 0 ? <p>{t("noBatches")}</p> : null}
      <ol className="grid gap-3 md:grid-cols-2">
        {batches.map((batch) => (
          <li key={batch.id}>
            <BatchCard batch={batch} today={today} />
          </li>
        ))}
      </ol>
    </div>
  );
}
