import "server-only";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";

export interface OpenBatchDto {
  id: string;
  year: number;
  seq: number;
  registrationEnd: IsoDate;
  examDate: IsoDate;
}

/** 四(二)1: only batches whose registration window is open today are offered. */
export async function listBatchesOpenForRegistration(today: IsoDate): Promise<OpenBatchDto[]> {
  const day = fromIsoDate(today);
  const rows = await db.batch.findMany({
    where: { published: true, registrationStart: { lte: day }, registrationEnd: { gte: day } },
    orderBy: [{ year: "asc" }, { seq: "asc" }],
    select: { id: true, year: true, seq: true, registrationEnd: true, examDate: true },
  });
  return rows.map((r) => ({
    ...r,
    registrationEnd: r.registrationEnd.toISOString().slice(0, 10),
    examDate: r.examDate.toISOString().slice(0, 10),
  }));
}
