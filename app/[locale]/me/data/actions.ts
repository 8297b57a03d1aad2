"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";
import { closeAccountSchema, correctionSchema } from "@/lib/schemas/privacy-rights-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { closeAccount } from "@/lib/server/rights/close-account";
import { requestCorrection } from "@/lib/server/rights/request-correction";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";

/** Issue 11, PIPL art. 47: the candidate closes their own account, confirming with the password. */
export async function closeAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  // The box is kept as ticked; the password never comes back.
  const values = formValues(formData, ["confirm"]);
  try {
    const actor = await requireCandidate();
    const parsed = closeAccountSchema.safeParse({ password: formData.get("password") ?? "", confirm: values.confirm });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    await closeAccount(actor, parsed.data.password);
  } catch (error) {
    return actionFailure(error, values);
  }
  return succeed(undefined);
}

/** Issue 11, PIPL art. 46: the candidate asks to correct their name, ID number or mobile. */
export async function requestCorrectionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["field", "value", "reason"]);
  try {
    const actor = await requireCandidate();
    const today = shanghaiDate(now());
    const parsed = correctionSchema(today).safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = formData.get("evidence");
    if (file instanceof File && file.size > HARD_CAP_BYTES) return fail(null, { evidence: ["errors.upload.tooLarge"] }, values);
    const evidence =
      file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
    await requestCorrection(actor, { ...parsed.data, evidence }, today);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/me", "layout");
  return succeed(undefined);
}
