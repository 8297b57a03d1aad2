"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { appealDecisionSchema } from "@/lib/schemas/appeal-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { decideAppeal } from "@/lib/server/appeals/decide-appeal";
import { requireRole } from "@/lib/server/auth/session";

/** An administrator approves or rejects an appeal (issue 10). */
export async function decideAppealAction(
  _previous: ActionResult<{ status: "APPROVED" | "REJECTED" }> | null,
  formData: FormData,
): Promise<ActionResult<{ status: "APPROVED" | "REJECTED" }>> {
  const values = formValues(formData, ["appealId", "decision", "reason"]);
  let actor;
  try {
    actor = await requireRole(APPEAL_ROLE);
  } catch (error) {
    return actionFailure(error, values);
  }
  const parsed = appealDecisionSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  let result;
  try {
    result = await decideAppeal(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/security/appeals", "layout");
  return succeed(result);
}
