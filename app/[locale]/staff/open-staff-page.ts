import { setRequestLocale } from "next-intl/server";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { staffPage } from "@/lib/server/auth/page-guards";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listBatchYears } from "@/lib/server/catalog/list-batches";

/**
 * The start of every staff page of one role: the request's locale, then the guard (ADR 137): the
 * staff member as `actor`, or null for someone signed in without `role` (the page renders
 * `<Forbidden>`).
 */
export async function openStaffPage(params: Promise<{ locale: string }>, role: StaffRole, path: string) {
  const { locale } = await params;
  setRequestLocale(locale);
  return { locale, actor: await staffPage(role, path) };
}

/**
 * A year-by-year staff page: the years that have batches, and the one shown: `?year=` when a
 * batch has that year, else the year of `today` (Beijing).
 */
export async function shownYear(requested: string | undefined, today = todayInBeijing()) {
  const years = await listBatchYears();
  const asked = Number(requested);
  return { years, year: years.includes(asked) ? asked : Number(today.slice(0, 4)) };
}
