import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { maskName } from "@/lib/domain/id-number";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import { verifyToken } from "@/lib/server/tokens/signed-token";
import { batchLabel } from "@/lib/server/plans/load-plan";

export type TicketVerification =
  | { valid: true; ticketNumber: string; maskedName: string; project: string; batch: string; examDate: string }
  | { valid: false; reason: "signature" | "not-found" | "cancelled" };

/**
 * /verify/ticket?token=… (the ticket's QR): is this a ticket we issued, and is it still good?
 * Shows a masked name, the project and the exam day only: whoever holds the paper sees no
 * more than is printed on it, and less (no ID number at all).
 */
export async function verifyTicketToken(token: string): Promise<TicketVerification> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return { valid: false, reason: "signature" };
  const verified = verifyToken(token, secret, "ticket");
  if (!verified.ok) return { valid: false, reason: "signature" };
  const app = await db.application.findUnique({
    where: { ticketNumber: verified.payload.id },
    select: {
      status: true,
      candidate: { select: { name: true } },
      plan: {
        select: {
          status: true,
          batch: { select: { year: true, seq: true, examDate: true } },
          project: { select: { name: true } },
        },
      },
    },
  });
  if (!app) return { valid: false, reason: "not-found" };
  if (app.status !== "PAYMENT_CONFIRMED" || app.plan.status !== "HELD") return { valid: false, reason: "cancelled" };
  return {
    valid: true,
    ticketNumber: displayTicketNumber(verified.payload.id),
    maskedName: maskName(app.candidate.name),
    project: app.plan.project.name,
    batch: batchLabel(app.plan.batch),
    examDate: toIsoDate(app.plan.batch.examDate),
  };
}
