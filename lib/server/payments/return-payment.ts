import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { asClause } from "@/lib/domain/amount";
import { isUuid } from "@/lib/domain/uuid";
import { nextStatus } from "@/lib/server/applications/status";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { notifyEvent } from "@/lib/server/notifications/notify";
import { eventNote } from "@/lib/i18n/stored-message";

/**
 * 五: a receipt that does not show what the notice requires (payee name and account, payer,
 * amount) or does not match the bank goes back with a reason. Its applications return to
 * APPROVED (state machine `return-payment`) so the applicant can upload another receipt while
 * the payment window is open; after it, the forfeit job applies. Returning twice is a no-op.
 */
export async function returnPayment(actor: Actor, paymentId: string, reason: string, at: Date): Promise<{ changed: boolean }> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status::text AS status FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
    const status = locked[0]?.status;
    if (!status) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
    if (status === "RETURNED") return { changed: false };
    if (status !== "PENDING") throw new AppError("CONFLICT", "staffPayments.errors.notPending");

    const items = await tx.paymentItem.findMany({ where: { paymentId }, select: { applicationId: true } });
    const applications = await tx.application.findMany({
      where: { id: { in: items.map((i) => i.applicationId) }, status: "PAYMENT_SUBMITTED" },
      select: { id: true, status: true },
    });
    await tx.payment.update({
      where: { id: paymentId },
      data: { status: "RETURNED", returnReason: reason, decidedById: actor.id, decidedAt: at },
    });
    for (const app of applications) {
      const to = nextStatus(app.status, "return-payment");
      await tx.application.update({ where: { id: app.id }, data: { status: to, version: { increment: 1 } } });
      await tx.applicationEvent.create({
        data: {
          applicationId: app.id,
          fromStatus: app.status,
          toStatus: to,
          actorId: actor.id,
          ...eventNote("timelineNotes.receiptReturned", { detail: asClause(reason) }),
        },
      });
    }
    // One message per candidate who paid in person, one per institution naming its candidates (issue 13 item 9).
    const body = `缴费凭证未通过确认：${asClause(reason)}。请在缴费期内重新上传包含收款人名称、收款人账号、付款人名称和转账金额的银行回单（五）。`;
    await notifyEvent(
      tx,
      applications.map((a) => a.id),
      {
        title: "缴费凭证被退回",
        eventKey: `payment-returned:${paymentId}:${at.toISOString()}`,
        bodyFor: () => body,
        keys: {
          candidate: "paymentReturned",
          paramsFor: () => ({ detail: asClause(reason) }),
          institution: "paymentReturnedInstitution",
          institutionParams: (list, count) => ({ count, list, detail: asClause(reason) }),
        },
        institutionBody: (list, count) =>
          `贵机构提交的缴费凭证（${count} 人）未通过确认：${asClause(reason)}。涉及考生：${list}。请在缴费期内重新上传包含收款人名称、收款人账号、付款人名称和转账金额的银行回单（五）。`,
      },
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.return",
      entity: "Payment",
      entityId: paymentId,
      before: { status },
      after: { status: "RETURNED", reason, applications: applications.length },
    });
    return { changed: true };
  });
}
