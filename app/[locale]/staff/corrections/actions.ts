"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { correctionDecisionFor } from "@/lib/schemas/staff-desk-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { decideCorrection } from "@/lib/server/rights/decide-correction";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";

/**
 * Issue 11: the reviewer approves or rejects a correction after comparing the evidence. The
 * request's id in a hidden input (unbound, ADR 133); the button pressed is the `intent`.
 */
export async function decideCorrectionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["answer"]);
  const intent = formData.get("intent");
  const parsed = correctionDecisionFor(typeof intent === "string" ? intent : null).safeParse({
    id: formData.get("id"),
    answer: values.answer,
  });
  if (!parsed.success) {
    const { id, ...fields } = zodFieldErrors(parsed.error);
    return id ? fail("errors.generic", {}, values) : fail(null, fields, values);
  }
  try {
    const actor = await requireRole("REVIEWER");
    await decideCorrection(actor, parsed.data.id, { approve: intent === "approve", answer: parsed.data.answer });
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/corrections", "page");
  return succeed(undefined);
}
