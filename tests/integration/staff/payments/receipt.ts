import type { Actor } from "@/lib/server/auth/session";
import { freshBatch, pendingPayment, planIn, submittedApplication } from "../review/factories";

/**
 * One candidate's receipt waiting for 确认收费, in a batch of its own (project 1): the application
 * PAYMENT_SUBMITTED, the payment by `payerName` for `amountFen` (300 yuan by default).
 */
export async function receiptOfOne(finance: Actor, payerName: string, amountFen = 30_000) {
  const { id: batchId } = await freshBatch();
  const app = await submittedApplication({ batchId, status: "PAYMENT_SUBMITTED", withFiles: false });
  const payment = await pendingPayment({
    applicationIds: [app.id],
    planId: await planIn(batchId, 1),
    submittedById: finance.id,
    payerName,
    expectedAmountFen: amountFen,
  });
  return { ...payment, applicationId: app.id, payerName };
}
