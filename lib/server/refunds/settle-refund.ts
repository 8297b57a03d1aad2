import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { fromIsoDate } from "@/lib/dates";
import { shanghaiDate } from "@/lib/domain/calendar";
import { formatYuan } from "@/lib/format";
import { isUuid } from "@/lib/domain/uuid";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { notifyApplicant } from "@/lib/server/notifications/notify";

export interface SettleRefundInput {
  paidOn: IsoDate;
  bankReference: string;
  /** The account the money went to, as on the receipt. */
  payerAccount: string;
}

/**
 * Finance paid a refund back (ADR 080): DUE → PAID with the transfer's date, the bank's reference
 * and the account, audited, and the applicant told. The row is locked and read again, so two
 * clerks at once settle it once; settling a paid refund again is refused.
 */
export async function settleRefund(actor: Actor, refundId: string, input: SettleRefundInput): Promise<{ changed: boolean }> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(refundId)) throw new AppError("NOT_FOUND", "refunds.errors.notFound");
  const bankReference = input.bankReference.trim();
  const payerAccount = input.payerAccount.trim();
  if (input.paidOn > shanghaiDate(now()))
    throw new AppError("INVALID", "refunds.errors.future", { paidOn: ["refunds.errors.future"] });
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Refund" WHERE id = ${refundId}::uuid FOR UPDATE`;
    const status = locked[0]?.status;
    if (!status) throw new AppError("NOT_FOUND", "refunds.errors.notFound");
    if (status !== "DUE") throw new AppError("CONFLICT", "refunds.errors.alreadyPaid");
    const refund = await tx.refund.update({
      where: { id: refundId },
      data: { status: "PAID", paidOn: fromIsoDate(input.paidOn), bankReference, payerAccount, paidById: actor.id },
      select: {
        applicationId: true,
        amountFen: true,
        payment: { select: { referenceCode: true } },
        application: { select: { plan: { select: { project: { select: { name: true } } } } } },
      },
    });
    await notifyApplicant(tx, refund.applicationId, {
      ...inboxMessage("refundPaid", {
        project: refund.application.plan.project.name,
        amountFen: refund.amountFen,
        paidOn: input.paidOn,
        reference: bankReference,
      }),
      dedupeKey: `refund-paid:${refundId}`,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "refund.pay",
      entity: "Refund",
      entityId: refundId,
      before: { status },
      after: {
        status: "PAID",
        paidOn: input.paidOn,
        bankReference,
        amountYuan: formatYuan(refund.amountFen),
        referenceCode: refund.payment.referenceCode,
      },
    });
    return { changed: true };
  });
}
