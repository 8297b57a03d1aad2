import type { BatchDef, IsoDate, Window } from "./types";

/**
 * What the service guide (办事指南, issue 16) shows of the calendar and the fees: pure questions
 * about the published batches and projects, the day being a parameter.
 */

/**
 * The year the guide lists: today's year when it has batches, otherwise the nearest later year
 * that has any (a guide read in late December shows next year once it is published), otherwise
 * the latest year on record.
 */
export function guideYear(batches: readonly Pick<BatchDef, "year">[], today: IsoDate): number | null {
  if (batches.length === 0) return null;
  const thisYear = Number(today.slice(0, 4));
  const years = [...new Set(batches.map((b) => b.year))].sort((a, b) => a - b);
  if (years.includes(thisYear)) return thisYear;
  return years.find((y) => y > thisYear) ?? years[years.length - 1] ?? null;
}

export interface RegistrationWindow<B extends BatchDef = BatchDef> {
  batch: B;
  window: Window;
}

/**
 * The registration window a candidate can still use: the one open on `day`, else the first to
 * open after it. Batches arrive in calendar order, but the earliest start wins regardless.
 */
export function nextRegistrationWindow<B extends BatchDef>(batches: readonly B[], day: IsoDate): RegistrationWindow<B> | null {
  const candidates = batches
    .filter((b) => b.registration.end >= day)
    .sort((a, b) => a.registration.start.localeCompare(b.registration.start));
  const batch = candidates[0];
  return batch ? { batch, window: batch.registration } : null;
}

export interface FeeSummary {
  minFen: number;
  maxFen: number;
}

/** The span of the project fees the administrator entered (五); null when there is no project. */
export function feeSummary(projects: readonly { feeFen: number }[]): FeeSummary | null {
  if (projects.length === 0) return null;
  const fees = projects.map((p) => p.feeFen);
  return { minFen: Math.min(...fees), maxFen: Math.max(...fees) };
}

export interface GuideSchedule<B extends BatchDef> {
  year: number | null;
  /** The year's batches, in calendar order. */
  batches: B[];
}

/** The batches the guide's date table lists: those of `guideYear`, in their order. */
export function guideSchedule<B extends BatchDef>(batches: readonly B[], today: IsoDate): GuideSchedule<B> {
  const year = guideYear(batches, today);
  return { year, batches: batches.filter((b) => b.year === year).sort((a, b) => a.seq - b.seq) };
}
