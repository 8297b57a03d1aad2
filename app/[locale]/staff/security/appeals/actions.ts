"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { appealDecisionFor, decisionIntent } from "@/lib/schemas/staff-desk-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { decideAppeal } from "@/lib/server/appeals/decide-appeal";
import { requireRole } from "@/lib/server/auth/session";

/** An administrator approves or rejects an appeal (issue 10): the appeal in a hidden input, the button pressed the `intent`. */
export async function decideAppealAction(
  _previous: ActionResult<{ status: "APPROVED" | "REJECTED" }> | null,
  formData: FormData,
): Promise<ActionResult<{ status: "APPROVED" | "REJECTED" }>> {
  const values = formValues(formData, ["appealId", "reason"]);
  const intent = formData.get("intent");
  let actor;
  try {
    actor = await requireRole(APPEAL_ROLE);
  } catch (error) {
    return actionFailure(error, values);
  }
  const decision = decisionIntent.safeParse(intent);
  const parsed = appealDecisionFor(decision.data).safeParse(values);
  if (!decision.success || !parsed.success) {
    const { appealId, ...fields } = parsed.success ? { appealId: true } : zodFieldErrors(parsed.error);
    return appealId ? fail("errors.generic", {}, values) : fail(null, fields, values);
  }
  let result;
  try {
    result = await decideAppeal(actor, { ...parsed.data, decision: decision.data });
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/security/appeals", "layout");
  return succeed(result);
}
