"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";
import { actionFailure } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { closeAccount } from "@/lib/server/rights/close-account";
import { requestCorrection } from "@/lib/server/rights/request-correction";

/** Issue 11, PIPL art. 47: the candidate closes their own account, confirming with the password. */
export async function closeAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const actor = await requireCandidate();
    const password = formData.get("password");
    if (typeof password !== "string" || password.length === 0)
      return fail(null, { password: ["privacy.errors.passwordRequired"] });
    if (formData.get("confirm") !== "on") return fail(null, { confirm: ["privacy.errors.closeConfirmRequired"] });
    await closeAccount(actor, password);
  } catch (error) {
    return actionFailure(error);
  }
  return succeed(undefined);
}

const FIELDS = ["NAME", "ID_NUMBER", "MOBILE"] as const;

/** Issue 11, PIPL art. 46: the candidate asks to correct their name, ID number or mobile. */
export async function requestCorrectionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  const values = { field: text("field"), value: text("value"), reason: text("reason") };
  try {
    const actor = await requireCandidate();
    const field = FIELDS.find((f) => f === values.field);
    if (!field) return fail(null, { field: ["privacy.errors.correctionField"] }, values);
    const file = formData.get("evidence");
    if (file instanceof File && file.size > HARD_CAP_BYTES) return fail(null, { evidence: ["errors.upload.tooLarge"] }, values);
    const evidence =
      file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
    await requestCorrection(actor, { field, value: values.value, reason: values.reason, evidence }, shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/me", "layout");
  return succeed(undefined);
}
