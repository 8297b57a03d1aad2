"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { institutionApplicationDecisionSchema } from "@/lib/schemas/institution-decision-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import {
  decideInstitutionApplication,
  type DecisionResultDto,
} from "@/lib/server/institution-applications/decide-institution-application";

/**
 * 四(一)1 (issue 13 item 8): the administrator approves, returns or rejects an application.
 * Unbound (ADR 133): the application is the hidden `applicationId`, the decision the button
 * pressed (`intent`).
 */
export async function decideInstitutionApplicationAction(
  _previous: ActionResult<DecisionResultDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionResultDto>> {
  const { applicationId: id = "", intent: decision, reason } = formValues(formData, ["applicationId", "intent", "reason"]);
  const values = { reason: reason ?? "" };
  const parsed = institutionApplicationDecisionSchema.safeParse({ decision, reason });
  if (!parsed.success) return fail(null, { reason: ["institutionApply.errors.reason"] }, values);
  let result: DecisionResultDto;
  try {
    const actor = await requireRole("ADMIN");
    result = await decideInstitutionApplication(actor, id, parsed.data, now());
  } catch (error) {
    return actionFailure(error, values);
  }
  // The use case expired the public institution list on approval (ADR 088).
  revalidatePath("/[locale]/staff/admin/institution-applications", "page");
  return succeed(result);
}
