import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import { ownershipFilter } from "@/lib/server/applications/owned-application";
import { applicantRole, assertMay } from "@/lib/server/applications/window-verdict";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { ticketDocument } from "./ticket-document";

/** 六: a confirmed candidate downloads their A4 ticket during the ticket window. */
export async function getOwnTicketPdf(
  actor: Actor,
  applicationId: string,
  today: IsoDate,
  baseUrl: string,
): Promise<{ pdf: Buffer; ticketNumber: string }> {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const row = await db.application.findFirst({
    where: { id: applicationId, ...filter },
    select: { id: true, status: true, ticketNumber: true, plan: { select: { batch: { select: batchSelect } } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "errors.application.notFound");
  if (row.status !== "PAYMENT_CONFIRMED" || !row.ticketNumber) throw new AppError("CONFLICT", "errors.ticket.notIssued");
  const batch = toBatchDef(row.plan.batch);
  // Before the window the room may still change; after the exam a ticket has no use (the rule table, ADR 064).
  await assertMay("download-ticket", { role: applicantRole(actor), status: row.status, batch, day: today });
  return { pdf: await ticketDocument([row.id], baseUrl), ticketNumber: row.ticketNumber };
}
