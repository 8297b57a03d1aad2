import "server-only";
import { db } from "@/lib/db";
import { deriveBatchDates } from "@/lib/domain/derived-dates";
import type { BatchDef, IsoDate } from "@/lib/domain/types";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "./batch-dto";

export interface BatchDto extends BatchDef {
  id: string;
  derived: {
    ticketHandoutDeadline: IsoDate;
    resultNoticeStart: IsoDate;
    resultNoticeEnd: IsoDate;
    certificateReadyFrom: IsoDate;
  };
}

/** Published batches of one year (or every year), in calendar order, with the notice's derived dates. */
export async function listBatches(year?: number): Promise<BatchDto[]> {
  const [rows, calendar] = await Promise.all([
    db.batch.findMany({
      where: { published: true, ...(year === undefined ? {} : { year }) },
      orderBy: [{ year: "asc" }, { seq: "asc" }],
      select: batchSelect,
    }),
    loadWorkingDayCalendar(),
  ]);
  return rows.map((row) => {
    const batch = toBatchDef(row);
    return { ...batch, derived: deriveBatchDates(batch, calendar) };
  });
}

export async function listBatchYears(): Promise<number[]> {
  const rows = await db.batch.findMany({
    where: { published: true },
    distinct: ["year"],
    select: { year: true },
    orderBy: { year: "asc" },
  });
  return rows.map((r) => r.year);
}
