import type { IsoDate } from "@/lib/domain/types";

/** A `@db.Date` column comes back as UTC midnight; the notice's days are plain dates. */
export function toIsoDate(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

export function fromIsoDate(value: IsoDate): Date {
  return new Date(`${value}T00:00:00.000Z`);
}
