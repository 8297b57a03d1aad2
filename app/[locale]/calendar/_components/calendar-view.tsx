import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BatchCard } from "@/components/public/batch-card";
import { YearPicker } from "@/components/public/year-picker";
import { createWorkingDayCalendar } from "@/lib/domain/working-days";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { publicCalendar } from "@/lib/server/catalog/public-catalog";

/**
 * 三: one year's batches with their derived dates and today's phase. `year` null: this year, or
 * the latest with batches. A year without published batches is not a page (ADR 050: every year
 * asked for would otherwise become a cached page).
 */
export async function CalendarView({ year: requested }: { year: number | null }) {
  const t = await getTranslations("calendar");
  const today = todayInBeijing();
  const calendar = await publicCalendar();
  const years = [...new Set(calendar.batches.map((b) => b.year))];
  if (requested !== null && !years.includes(requested)) notFound();
  const year = requested ?? years.find((y) => y === Number(today.slice(0, 4))) ?? years.at(-1) ?? Number(today.slice(0, 4));
  const batches = calendar.batches.filter((b) => b.year === year);
  const workingDays = createWorkingDayCalendar(new Map(calendar.overrides), new Set(calendar.completeYears));

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
