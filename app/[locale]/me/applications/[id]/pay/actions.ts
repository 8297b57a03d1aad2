"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";
import { paymentSchema } from "@/lib/schemas/payment-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { submitPayment } from "@/lib/server/payments/submit-payment";

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
    if (!parsed.success) return fail(null, z.flattenError(parsed.error).fieldErrors, values);
    const file = formData.get("receipt");
    if (!(file instanceof File) || file.size === 0) return fail(null, { receipt: ["errors.upload.noFile"] }, values);
    if (file.size > HARD_CAP_BYTES) return fail(null, { receipt: ["errors.upload.tooLarge"] }, values);
    const result = await submitPayment(
      actor,
      applicationId,
      parsed.data,
      { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name },
      today,
    );
    revalidatePath("/[locale]/me", "layout");
    return succeed(result);
  } catch (error) {
    return actionFailure(error, values);
  }
}
