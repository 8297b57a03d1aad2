"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { paymentFormSchema } from "@/lib/schemas/payment-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { submitPayment } from "@/lib/server/payments/submit-payment";
import { readUpload } from "@/lib/server/uploads/read-upload";

export type PaymentState = ActionResult<{ referenceCode: string; amountMatches: boolean }>;

/**
 * 五(二): the candidate's receipt. Unbound, the application's id in a hidden input (ADR 133): a
 * bound action never answers a refused post without JavaScript. The use case checks the id is theirs.
 */
export async function submitPaymentAction(_previous: PaymentState | null, formData: FormData): Promise<PaymentState> {
  const values = formValues(formData, ["applicationId", "payerName", "amount", "transferDate", "proxyNote"]);
  try {
    const actor = await requireCandidate();
    const today = shanghaiDate(now());
    const parsed = paymentFormSchema(today).safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = await readUpload(formData, "receipt");
    if ("error" in file) return fail(null, { receipt: [file.error] }, values);
    const { applicationId, ...receipt } = parsed.data;
    const result = await submitPayment(actor, applicationId, receipt, file, today);
    revalidatePath("/[locale]/me", "layout");
    return succeed(result);
  } catch (error) {
    return actionFailure(error, values);
  }
}
