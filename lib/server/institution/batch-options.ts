import "server-only";
import { db } from "@/lib/db";
import { isWindowOpen } from "@/lib/domain/calendar";
import type { BatchDef, IsoDate, PhaseName } from "@/lib/domain/types";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";

export type BatchOption = BatchDef & { id: string };

/** Published batches of last, this and next year (三): what an institution's pages offer. */
export async function listBatchOptions(today: IsoDate): Promise<BatchOption[]> {
  const year = Number(today.slice(0, 4));
  const rows = await db.batch.findMany({
    where: { published: true, year: { in: [year - 1, year, year + 1] } },
    orderBy: [{ year: "asc" }, { seq: "asc" }],
    select: batchSelect,
  });
  return rows.map(toBatchDef);
}

/**
 * The batch a page opens on: the one asked for, else the first whose window for this page's
 * phase is open today (several batches overlap, 三), else the next one to open, else the last.
 */
export function chooseBatch(
  options: readonly BatchOption[],
  phase: PhaseName,
  today: IsoDate,
  requested?: string,
): BatchOption | null {
  const asked = options.find((b) => b.id === requested);
  if (asked) return asked;
  const start = (b: BatchOption) => (phase === "exam" ? b.examDate : b[phase].start);
  return (
    options.find((b) => isWindowOpen(b, phase, today)) ??
    options.find((b) => start(b) > today) ??
    options[options.length - 1] ??
    null
  );
}
