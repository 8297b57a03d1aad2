import "server-only";
import { db } from "@/lib/db";
import { deriveBatchDates, type DerivedBatchDates } from "@/lib/domain/derived-dates";
import type { BatchDef } from "@/lib/domain/types";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";

/** A batch's windows (三) and the dates derived in working days (八 notice, 九 certificates). */
export async function loadBatchDates(
  batchId: string,
): Promise<{ batch: BatchDef & { id: string }; derived: DerivedBatchDates } | null> {
  const row = await db.batch.findUnique({ where: { id: batchId }, select: batchSelect });
  if (!row) return null;
  const batch = toBatchDef(row);
  return { batch, derived: deriveBatchDates(batch, await loadWorkingDayCalendar()) };
}
