import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { proxyNoteIsComplete, referenceCodeFor } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import type { PaymentInput } from "@/lib/schemas/payment-schema";
import { nextStatus } from "@/lib/server/applications/status";
import { assertMay } from "@/lib/server/applications/window-verdict";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { prepareReceipt, writeReceiptPayment } from "./write-receipt-payment";
import { eventNote } from "@/lib/i18n/stored-message";

/**
 * 五(二): an approved candidate uploads the bank receipt of their transfer in the payment
 * window. A receipt the center returned is replaced on the same Payment row, so the reference
 * code in the transfer remark stays the one the candidate was shown.
 */
export async function submitPayment(
  actor: Actor,
  applicationId: string,
  input: PaymentInput,
  receipt: { bytes: Uint8Array; name: string },
  today: IsoDate,
): Promise<{ referenceCode: string; amountMatches: boolean }> {
  if (actor.kind !== "CANDIDATE" || !actor.candidateId || !isUuid(applicationId))
    throw new AppError("NOT_FOUND", "errors.application.notFound");
  // Ownership before the receipt is decoded: nobody makes the server inspect images for an application not theirs.
  const owned = await db.application.count({
    where: { id: applicationId, candidateId: actor.candidateId, channel: "INDIVIDUAL" },
  });
  if (owned === 0) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const prepared = await prepareReceipt(receipt);

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
    const application = await tx.application.findFirst({
      where: { id: applicationId, candidateId: actor.candidateId!, channel: "INDIVIDUAL" },
      select: {
        id: true,
        status: true,
        planId: true,
        candidate: { select: { name: true } },
        plan: { select: { batch: { select: batchSelect }, project: { select: { name: true, feeFen: true } } } },
      },
    });
    if (!application) throw new AppError("NOT_FOUND", "errors.application.notFound");
    // The rule table: an approved application, within the payment window (五).
    const batch = toBatchDef(application.plan.batch);
    await assertMay("upload-receipt", { role: "candidate", status: application.status, batch, day: today }, tx);
    const expected = application.plan.project.feeFen;
    if (expected <= 0) throw new AppError("CONFLICT", "errors.payment.feeUnset");
    const status = nextStatus(application.status, "submit-payment");

    const proxy = input.payerName !== application.candidate.name;
    if (
      proxy &&
      !(
        input.proxyNote &&
        proxyNoteIsComplete(input.proxyNote, {
          candidateName: application.candidate.name,
          projectName: application.plan.project.name,
          amountFen: input.amount,
        })
      )
    ) {
      throw new AppError("INVALID", "errors.payment.proxyNote", { proxyNote: ["errors.payment.proxyNote"] });
    }

    const referenceCode = referenceCodeFor(application.id, "GR");
    await writeReceiptPayment(tx, {
      referenceCode,
      receipt: prepared,
      typed: input,
      fields: {
        expectedAmountFen: expected,
        proxyNote: proxy ? (input.proxyNote ?? null) : null,
        examDateNote: application.plan.batch.examDate,
        headCount: 1,
      },
      submittedById: actor.id,
      newRow: { channel: "INDIVIDUAL", planId: application.planId, items: { create: { applicationId: application.id } } },
    });
    await tx.application.update({
      where: { id: application.id },
      data: { status, version: { increment: 1 } },
      select: { id: true },
    });
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        fromStatus: application.status,
        toStatus: status,
        actorId: actor.id,
        ...eventNote("timelineNotes.receiptSubmitted", { amountFen: input.amount }),
      },
    });
    return { referenceCode, amountMatches: input.amount === expected };
  });
}
