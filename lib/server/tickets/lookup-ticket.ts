import "server-only";
import { AppError } from "@/lib/app-error";
import type { IsoDate } from "@/lib/domain/types";
import { hitRateLimits } from "@/lib/server/rate-limit/consume-rate-limit";
import { lookupTicketInputs } from "./build-ticket-dtos";
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
  // One statement for both limits, claimed before any other work, and one for the tickets with
  // everything they print (ADR 146, 151); the kept PDF from this process's memory or storage.
  const [byIp, byId] = await hitRateLimits(
    [
      { key: `ticket-lookup:ip:${ip}`, limit: LOOKUP_LIMITS.ip },
      { key: `ticket-lookup:id:${idNumber}`, limit: LOOKUP_LIMITS.idNumber },
    ],
    WINDOW_MS,
    at,
  );
  if (!byIp!.allowed || !byId!.allowed) throw new AppError("RATE_LIMITED", "errors.ticket.rateLimited");
  const { applicationIds, inputs } = await lookupTicketInputs(idNumber, name, today);
  if (applicationIds.length === 0) throw new AppError("NOT_FOUND", "errors.ticket.lookupFailed");
  // Rendered once per version and kept (ADR 091).
  return { pdf: await ticketDocument(applicationIds, baseUrl, inputs) };
}
