import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import { cardSelect, lookupForCheckIn, toCheckInCard, type CheckInCardDto } from "./check-in";

const ID_NUMBER = /^\d{17}[\dX]$/;
/** A name: letters (Han, Latin, the middle dot of minority names), no digits, no URL or token marks. */
const NAME = /^[\p{L}·・.\s]{1,40}$/u;
/** More than this on one exam day with one name is not a desk search any more. */
const MAX_CARDS = 10;

export type CheckInQuery =
  { kind: "ticket"; code: string } | { kind: "idNumber"; idNumber: string } | { kind: "name"; name: string };

/** What the desk typed: an 18-character ID number, a name, or else a ticket number / QR. */
export function readCheckInQuery(raw: string): CheckInQuery {
  const text = raw.trim();
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (ID_NUMBER.test(compact)) return { kind: "idNumber", idNumber: compact };
  if (NAME.test(text) && !text.includes(".") && /\p{L}/u.test(text)) return { kind: "name", name: text };
  return { kind: "ticket", code: text };
}

/**
 * 七 the desk, issue 16 item 10: candidates forget their tickets, so the desk also finds them by
 * full ID number or exact name. Both are HMAC lookups (ADR 057: the extension turns the filters into
 * Candidate.idNumberHash / nameHash); only today's exam, confirmed, ticketed, in a held plan, so
 * the person is one of this session's candidates. Each shown card (name, masked ID, photo link)
 * is a staff read of personal data and is audited.
 */
export async function findForCheckIn(actor: Actor, raw: string, today: IsoDate): Promise<CheckInCardDto[]> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const query = readCheckInQuery(raw);
  if (query.kind === "ticket") return [await lookupForCheckIn(actor, query.code, today)];
  const rows = await db.application.findMany({
    where: {
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
      plan: { status: "HELD", batch: { examDate: fromIsoDate(today) } },
      candidate: query.kind === "idNumber" ? { idNumber: query.idNumber } : { name: query.name },
    },
    orderBy: { ticketNumber: "asc" },
    take: MAX_CARDS,
    select: { ...cardSelect, candidateId: true },
  });
  if (rows.length === 0) {
    const key = query.kind === "idNumber" ? "staffWork.checkIn.noIdNumber" : "staffWork.checkIn.noName";
    throw new AppError("NOT_FOUND", key, { code: [key] });
  }
  await recordPersonalDataRead(actor, {
    action: "checkIn.search",
    entity: "Application",
    entityId: rows[0]!.id,
    candidateIds: rows.map((r) => r.candidateId),
    detail: { by: query.kind, applicationIds: rows.map((r) => r.id) },
  });
  return rows.map((row) => toCheckInCard(row, today));
}
