import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { formatYuan } from "@/lib/format";
import { isUuid } from "@/lib/domain/uuid";
import { shanghaiDate } from "@/lib/domain/calendar";
import { nextStatus } from "@/lib/server/applications/status";
import { assertMay } from "@/lib/server/applications/window-verdict";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { notifyEvent } from "@/lib/server/notifications/notify";
import { afterPaymentConfirmed, beforePaymentConfirmed } from "./confirm-hooks";
import { eventNote } from "@/lib/i18n/stored-message";

export interface ConfirmPaymentDto {
  paymentId: string;
  /** False when it was already confirmed (a double click, a colleague): nothing was written. */
  changed: boolean;
  confirmedApplications: number;
}

/**
 * 五 确认收费: the receipt is right, so every application it pays for moves to
 * PAYMENT_CONFIRMED, on a day the rule table allows (the Beijing day of `at`) (after which the data cannot change, 三 备注). Idempotent: the Payment row
 * is locked and its status read again under the lock, so two clicks or two clerks at once give
 * one confirmation, one event per application and one audit row.
 */
export async function confirmPayment(actor: Actor, paymentId: string, at: Date): Promise<ConfirmPaymentDto> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  return db.$transaction((tx) => confirmPaymentInTx(tx, actor, paymentId, at, null));
}

/** The transaction's body, shared with the bank-statement match (which also links the line). */
export async function confirmPaymentInTx(
  tx: Tx,
  actor: Actor,
  paymentId: string,
  at: Date,
  statementLineId: string | null,
): Promise<ConfirmPaymentDto> {
  const locked = await tx.$queryRaw<
    { status: string }[]
  >`SELECT status::text AS status FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
  const status = locked[0]?.status;
  if (!status) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  if (status === "CONFIRMED") return { paymentId, changed: false, confirmedApplications: 0 };
  if (status !== "PENDING") throw new AppError("CONFLICT", "staffPayments.errors.notPending");

  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      amountFen: true,
      expectedAmountFen: true,
      referenceCode: true,
      planId: true,
      items: { select: { applicationId: true } },
    },
  });
  // ADR 080: the plan was cancelled or merged away; the money, if it arrived, is refunded instead.
  const plan = await tx.plan.findUnique({ where: { id: payment.planId }, select: { status: true } });
  if (plan?.status === "CANCELLED") throw new AppError("CONFLICT", "refunds.errors.planCancelledReceipt");
  const applications = await tx.application.findMany({
    where: { id: { in: payment.items.map((i) => i.applicationId) }, status: "PAYMENT_SUBMITTED" },
    select: { id: true, status: true, plan: { select: { batch: { select: batchSelect } } } },
  });
  if (applications.length === 0) throw new AppError("CONFLICT", "staffPayments.errors.noApplications");
  // The rule table: until one working day after the payment window (五, ADR 064 end state 4).
  const batches = new Map(applications.map((a) => [a.plan.batch.id, toBatchDef(a.plan.batch)]));
  for (const batch of batches.values())
    await assertMay("confirm-payment", { role: "finance", status: "PAYMENT_SUBMITTED", batch, day: shanghaiDate(at) }, tx);
  await beforePaymentConfirmed(
    tx,
    applications.map((a) => a.id),
  );

  await tx.payment.update({ where: { id: paymentId }, data: { status: "CONFIRMED", decidedById: actor.id, decidedAt: at } });
  for (const app of applications) {
    const to = nextStatus(app.status, "confirm-payment");
    await tx.application.update({ where: { id: app.id }, data: { status: to, version: { increment: 1 } } });
    await tx.applicationEvent.create({
      data: {
        applicationId: app.id,
        fromStatus: app.status,
        toStatus: to,
        actorId: actor.id,
        ...eventNote("timelineNotes.paymentConfirmed"),
      },
    });
  }
  // One message per candidate who paid in person, one per institution naming its candidates (issue 13 item 9).
  await notifyEvent(
    tx,
    applications.map((a) => a.id),
    {
      title: "确认收费",
      eventKey: `payment-confirmed:${paymentId}`,
      bodyFor: () =>
        "缴费已确认（确认收费），报名成功。请在打印准考证期间下载或领取准考证；缴费确认后报名信息不予修改（三 备注）。",
      keys: {
        candidate: "paymentConfirmed",
        paramsFor: () => ({}),
        institution: "paymentConfirmedInstitution",
        institutionParams: (list, count) => ({ code: payment.referenceCode, count, list }),
      },
      institutionBody: (list, count) =>
        `贵机构提交的缴费（备注码 ${payment.referenceCode}，${count} 人）已确认收费，以下考生报名成功：${list}。请在打印准考证期间统一打印准考证并发放给考生本人；缴费确认后报名信息不予修改（三 备注）。`,
    },
  );
  await recordAudit(tx, {
    actorId: actor.id,
    action: "payment.confirm",
    entity: "Payment",
    entityId: paymentId,
    before: { status },
    after: {
      status: "CONFIRMED",
      referenceCode: payment.referenceCode,
      amountYuan: formatYuan(payment.amountFen),
      expectedYuan: formatYuan(payment.expectedAmountFen),
      applications: applications.length,
      ...(statementLineId ? { statementLineId } : {}),
    },
  });
  await afterPaymentConfirmed(
    tx,
    applications.map((a) => a.id),
  );
  return { paymentId, changed: true, confirmedApplications: applications.length };
}
