"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { conditionStepSchema, personalStepSchema } from "@/lib/schemas/application-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { submitApplication, type SubmitOutcome } from "@/lib/server/applications/submit-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { requireInstitution } from "@/lib/server/auth/session";

const PERSONAL_FIELDS = [
  "education",
  "graduatingThisYear",
  "school",
  "major",
  "graduationYear",
  "occupation",
  "employer",
  "address",
  "educationProofCase",
] as const;

/**
 * An institution fixes one candidate's data (a draft, or returned for changes within the
 * review window, 四(二)3) through the wizard's own use cases: updateApplication and
 * submitApplication check ownership (ownershipFilter: this institution's applications only),
 * the window and the state machine.
 */
export async function saveCandidatePersonalAction(
  applicationId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData, PERSONAL_FIELDS);
  try {
    const actor = await requireInstitution();
    const parsed = personalStepSchema.safeParse({ ...values, graduatingThisYear: formData.get("graduatingThisYear") });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    await updateApplication(actor, applicationId, { step: "personal", data: parsed.data }, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(undefined);
}

export async function saveCandidateConditionAction(
  applicationId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData, ["conditionCode"]);
  try {
    const actor = await requireInstitution();
    const parsed = conditionStepSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    await updateApplication(
      actor,
      applicationId,
      { step: "condition", conditionCode: parsed.data.conditionCode },
      shanghaiDate(at),
      at,
    );
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(undefined);
}

export async function submitCandidateAction(
  applicationId: string,
  _previous: ActionResult<SubmitOutcome> | null,
): Promise<ActionResult<SubmitOutcome>> {
  let outcome: SubmitOutcome;
  try {
    const actor = await requireInstitution();
    const at = now();
    outcome = await submitApplication(actor, applicationId, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(outcome);
}
