"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { appealDecisionSchema } from "@/lib/schemas/appeal-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { APPEAL_ROLE } from "@/lib/server/appeals/appeal-access";
import { decideAppeal } from "@/lib/server/appeals/decide-appeal";
import { requireRole } from "@/lib/server/auth/session";

/** An administrator approves or rejects an appeal (issue 10). */
export async function decideAppealAction(
  _previous: ActionResult<{ status: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ status: string }>> {
  const values = formValues(formData, ["appealId", "decision", "reason"]);
  let actor;
  try {
    actor = await requireRole(APPEAL_ROLE);
  } catch (error) {
    return actionFailure(error, values);
  }
  const parsed = appealDecisionSchema.safeParse(values);
  if (!parsed.success) return fail(null, z.flattenError(parsed.error).fieldErrors, values);
  let result;
  try {
    result = await decideAppeal(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/security/appeals", "layout");
  return succeed(result);
}
