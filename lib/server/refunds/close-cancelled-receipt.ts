import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { formatYuan } from "@/lib/format";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { createRefundsDue } from "./refunds-due";

/**
 * A receipt still waiting when its plan was cancelled (ADR 080) cannot be confirmed. Finance closes
 * it: the money arrived (the receipt's amount becomes refunds due, shared like a confirmed one's),
 * or it did not. Either way the receipt leaves the queue (RETURNED, with the reason) and the
 * applicant is told. Locked and read again: closed once.
 */
export async function closeCancelledReceipt(
  actor: Actor,
  paymentId: string,
  input: { arrived: boolean },
  at: Date,
): Promise<{ refunds: number }> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
    const status = locked[0]?.status;
    if (!status) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
    if (status !== "PENDING") throw new AppError("CONFLICT", "staffPayments.errors.notPending");
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: { planId: true, amountFen: true, referenceCode: true, items: { select: { applicationId: true } } },
    });
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: payment.planId }, select: { status: true } });
    if (plan.status !== "CANCELLED") throw new AppError("CONFLICT", "refunds.errors.planNotCancelled");
    const ids = payment.items.map((i) => i.applicationId);
    const reason = input.arrived ? "考核计划已取消，款项已到账，按退款退还" : "考核计划已取消，未收到该笔款项";
    await tx.payment.update({
      where: { id: paymentId },
      data: { status: "RETURNED", returnReason: reason, decidedById: actor.id, decidedAt: at },
    });
    const refunds = input.arrived ? await createRefundsDue(tx, ids, reason, paymentId) : [];
    for (const applicationId of ids) {
      await notifyApplicant(tx, applicationId, {
        ...inboxMessage("receiptClosed", { code: payment.referenceCode, arrived: input.arrived ? "yes" : "no" }),
        dedupeKey: `receipt-closed:${applicationId}:${paymentId}`,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.close-cancelled",
      entity: "Payment",
      entityId: paymentId,
      before: { status },
      after: {
        status: "RETURNED",
        arrived: input.arrived,
        referenceCode: payment.referenceCode,
        amountYuan: formatYuan(payment.amountFen),
        refunds: refunds.length,
      },
    });
    return { refunds: refunds.length };
  });
}
