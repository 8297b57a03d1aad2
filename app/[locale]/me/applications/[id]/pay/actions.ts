"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { paymentSchema } from "@/lib/schemas/payment-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { submitPayment } from "@/lib/server/payments/submit-payment";
import { readUpload } from "@/lib/server/uploads/read-upload";

export async function submitPaymentAction(
  applicationId: string,
  _previous: ActionResult<{ referenceCode: string; amountMatches: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ referenceCode: string; amountMatches: boolean }>> {
  const values = formValues(formData, ["payerName", "amount", "transferDate", "proxyNote"]);
  try {
    const actor = await requireCandidate();
    const today = shanghaiDate(now());
    const parsed = paymentSchema(today).safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = await readUpload(formData, "receipt");
    if ("error" in file) return fail(null, { receipt: [file.error] }, values);
    const result = await submitPayment(actor, applicationId, parsed.data, file, today);
    revalidatePath("/[locale]/me", "layout");
    return succeed(result);
  } catch (error) {
    return actionFailure(error, values);
  }
}
