import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";
import { hitRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { ticketDocument } from "./ticket-document";

const WINDOW_MS = 15 * 60 * 1000;
export const LOOKUP_LIMITS = { ip: 20, idNumber: 5 } as const;

/**
 * 六 "输入自己的身份证、姓名查询准考证并下载打印". One query matches ID number and name together,
 * so a wrong ID and a wrong name cost the same and answer the same; limits per IP and per ID
 * number stop guessing.
 */
export async function lookupTicket(
  idNumber: string,
  name: string,
  ip: string,
  at: Date,
  today: IsoDate,
  baseUrl: string,
): Promise<{ pdf: Buffer }> {
  const [byIp, byId] = await Promise.all([
    hitRateLimit(`ticket-lookup:ip:${ip}`, LOOKUP_LIMITS.ip, WINDOW_MS, at),
    hitRateLimit(`ticket-lookup:id:${idNumber}`, LOOKUP_LIMITS.idNumber, WINDOW_MS, at),
  ]);
  if (!byIp.allowed || !byId.allowed) throw new AppError("RATE_LIMITED", "errors.ticket.rateLimited");
  const day = fromIsoDate(today);
  const rows = await db.application.findMany({
    where: {
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
      candidate: { idNumber, name },
      plan: { batch: { ticketStart: { lte: day }, examDate: { gte: day } } },
    },
    select: { id: true },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "errors.ticket.lookupFailed");
  // Rendered once per version and kept (ADR 091).
  return {
    pdf: await ticketDocument(
      rows.map((r) => r.id),
      baseUrl,
    ),
  };
}
