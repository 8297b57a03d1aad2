"use server";

import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { closeReceiptFormSchema, settleRefundFormSchema } from "@/lib/schemas/staff-payment-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { closeCancelledReceipt } from "@/lib/server/refunds/close-cancelled-receipt";
import { settleRefund } from "@/lib/server/refunds/settle-refund";

/** Finance records a refund as paid (ADR 080): role, schema, one use case, refresh. */
export async function settleRefundAction(
  _previous: ActionResult<{ changed: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ changed: boolean }>> {
  const values = formValues(formData, ["paidOn", "bankReference", "payerAccount"]);
  let result: { changed: boolean };
  try {
    const actor = await requireRole("FINANCE");
    const parsed = settleRefundFormSchema.safeParse({ ...values, refundId: formData.get("refundId") });
    if (!parsed.success) {
      const { refundId, ...fields } = zodFieldErrors(parsed.error);
      return refundId ? fail("errors.generic", {}, values) : fail(null, fields, values);
    }
    const { refundId, ...settlement } = parsed.data;
    result = await settleRefund(actor, refundId, settlement);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/payments", "layout");
  return succeed(result);
}

/** A waiting receipt of a cancelled plan: the money arrived (refunds due) or not; closed either way. */
export async function closeCancelledReceiptAction(
  _previous: ActionResult<{ refunds: number; arrived: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ refunds: number; arrived: boolean }>> {
  const parsed = closeReceiptFormSchema.safeParse({ paymentId: formData.get("paymentId") });
  if (!parsed.success) return fail("errors.generic");
  const { paymentId } = parsed.data;
  const arrived = formData.get("arrived") === "yes";
  let result: { refunds: number };
  try {
    const actor = await requireRole("FINANCE");
    result = await closeCancelledReceipt(actor, paymentId, { arrived }, now());
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff/payments", "layout");
  return succeed({ ...result, arrived });
}
