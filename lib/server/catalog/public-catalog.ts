import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";
import { CATALOG_TAGS } from "./catalog-tags";
import { listBatches, type BatchDto } from "./list-batches";
import { listInstitutions } from "./list-institutions";
import { listProjects } from "./list-projects";

/**
 * The public pages' data, read from Next's data cache instead of the database on every view
 * (ADR 050). Only what pages show is cached: every rule (windows, eligibility, fees at payment)
 * still reads the database. A staff change is seen at once on the instance that made it (its
 * use case calls `expireCatalog`, ADR 088); other instances keep their copy for at most STALE_SECONDS, since
 * Next's cache and its tags live in each process. Values are JSON (dates as ISO days).
 */
const STALE_SECONDS = 60;

export interface PublicCalendar {
  /** Every published batch, in calendar order, with its derived dates. */
  batches: BatchDto[];
  /** Staff holiday overrides, for `createWorkingDayCalendar`. */
  overrides: [IsoDate, boolean][];
  /** Years whose whole holiday schedule staff entered (ADR 084). */
  completeYears: number[];
}

export const publicCalendar = unstable_cache(
  async (): Promise<PublicCalendar> => {
    const [batches, overrides, years] = await Promise.all([
      listBatches(),
      db.holidayOverride.findMany({ select: { date: true, isWorkingDay: true } }),
      db.holidayYear.findMany({ select: { year: true } }),
    ]);
    return {
      batches,
      overrides: overrides.map((o) => [toIsoDate(o.date), o.isWorkingDay]),
      completeYears: years.map((y) => y.year),
    };
  },
  ["public-calendar"],
  { tags: [CATALOG_TAGS.calendar], revalidate: STALE_SECONDS },
);

export const publicProjects = unstable_cache(listProjects, ["public-projects"], {
  tags: [CATALOG_TAGS.projects],
  revalidate: STALE_SECONDS,
});

export const publicInstitutions = unstable_cache(listInstitutions, ["public-institutions"], {
  tags: [CATALOG_TAGS.institutions],
  revalidate: STALE_SECONDS,
});
