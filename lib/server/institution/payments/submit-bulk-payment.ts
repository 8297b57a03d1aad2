import "server-only";
import type { MessageKey } from "@/lib/i18n/message-key";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { assertMay } from "@/lib/server/applications/window-verdict";
import type { IsoDate } from "@/lib/domain/types";
import { formatYuan } from "@/lib/format";
import type { BulkPaymentInput } from "@/lib/schemas/institution-payment-schema";
import { nextStatus } from "@/lib/server/applications/status";
import type { Actor } from "@/lib/server/auth/session";
import { prepareReceipt, writeReceiptPayment } from "@/lib/server/payments/write-receipt-payment";
import { loadInstitutionScope, loadScopedPlan } from "../scope";
import { bulkReferenceCode, loadSelected } from "./payment-notice";

export interface BulkPaymentResult {
  referenceCode: string;
  headCount: number;
  amountMatches: boolean;
}

/**
 * 五(一): one bank receipt for many candidates, with the exam date and head count the notice
 * asks for; the candidates are marked paid (PAYMENT_SUBMITTED, state machine `submit-payment`)
 * and wait for the center's confirmation. The receipt and its Payment row are written as the
 * individual one's (lib/server/payments/write-receipt-payment.ts). An amount other than head count × fee is refused
 * unless the institution ticked "金额不一致，仍然提交" (docs/decisions/033-bulk-payment.md).
 */
export async function submitBulkPayment(
  actor: Actor,
  input: BulkPaymentInput,
  receipt: { bytes: Uint8Array; name: string },
  today: IsoDate,
): Promise<BulkPaymentResult> {
  const scope = await loadInstitutionScope(actor);
  const plan = await loadScopedPlan(scope, input.planId);
  // The rule table's upload-receipt for approved applications (五).
  await assertMay("upload-receipt", { role: "institution", status: "APPROVED", batch: plan.batch, day: today });
  if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "errors.plan.cancelled");
  const feeFen = plan.project.feeFen;
  if (feeFen <= 0) throw new AppError("CONFLICT", "errors.payment.feeUnset");
  const prepared = await prepareReceipt(receipt);

  return db.$transaction(async (tx) => {
    const ids = [...new Set(input.applicationIds)].sort();
    // Locked in id order, as every multi-row lock here, so two payments cannot deadlock.
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    const rows = await loadSelected(tx, scope, plan.id, ids);
    const expected = feeFen * rows.length;
    const fieldErrors: Record<string, MessageKey[]> = {};
    if (input.headCount !== rows.length) fieldErrors.headCount = ["institution.errors.payment.headCount"];
    if (input.examDate !== plan.batch.examDate) fieldErrors.examDate = ["institution.errors.payment.examDate"];
    if (input.amount !== expected && !input.acceptMismatch) fieldErrors.amount = ["institution.errors.payment.amountMismatch"];
    if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "institution.errors.payment.check", fieldErrors);

    const referenceCode = bulkReferenceCode(plan.id, ids);
    await writeReceiptPayment(tx, {
      referenceCode,
      receipt: prepared,
      typed: input,
      fields: {
        expectedAmountFen: expected,
        examDateNote: fromIsoDate(input.examDate),
        headCount: rows.length,
      },
      submittedById: actor.id,
      newRow: {
        channel: "INSTITUTION",
        institutionId: scope.institutionId,
        planId: plan.id,
        items: { createMany: { data: ids.map((applicationId) => ({ applicationId })) } },
      },
    });
    const status = nextStatus("APPROVED", "submit-payment");
    await tx.application.updateMany({
      where: { id: { in: ids }, status: "APPROVED" },
      data: { status, version: { increment: 1 } },
    });
    const note = `机构统一缴费：${formatYuan(input.amount)} 元（${rows.length} 人），备注码 ${referenceCode}`;
    await tx.applicationEvent.createMany({
      data: ids.map((applicationId) => ({
        applicationId,
        fromStatus: "APPROVED" as const,
        toStatus: status,
        actorId: actor.id,
        note,
      })),
    });
    return { referenceCode, headCount: rows.length, amountMatches: input.amount === expected };
  });
}
