import type { BatchDef, IsoDate } from "@/lib/domain/types";
import { toIsoDate } from "@/lib/dates";

export interface BatchRow {
  id: string;
  year: number;
  seq: number;
  registrationStart: Date;
  registrationEnd: Date;
  reviewStart: Date;
  reviewEnd: Date;
  paymentStart: Date;
  paymentEnd: Date;
  ticketStart: Date;
  ticketEnd: Date;
  examDate: Date;
}

export const batchSelect = {
  id: true,
  year: true,
  seq: true,
  registrationStart: true,
  registrationEnd: true,
  reviewStart: true,
  reviewEnd: true,
  paymentStart: true,
  paymentEnd: true,
  ticketStart: true,
  ticketEnd: true,
  examDate: true,
} as const;

export function toBatchDef(row: BatchRow): BatchDef & { id: string } {
  const w = (start: Date, end: Date): { start: IsoDate; end: IsoDate } => ({
    start: toIsoDate(start),
    end: toIsoDate(end),
  });
  return {
    id: row.id,
    year: row.year,
    seq: row.seq,
    registration: w(row.registrationStart, row.registrationEnd),
    review: w(row.reviewStart, row.reviewEnd),
    payment: w(row.paymentStart, row.paymentEnd),
    ticket: w(row.ticketStart, row.ticketEnd),
    examDate: toIsoDate(row.examDate),
  };
}
