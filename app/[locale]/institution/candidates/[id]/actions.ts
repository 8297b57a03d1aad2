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
import { candidateIdentitySchema } from "@/lib/schemas/institution-correction-schema";
import {
  correctCandidateIdentity,
  revealIdNumber,
  withdrawApplication,
} from "@/lib/server/institution/candidates/correct-candidate";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";

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

/** Issue 13 item 3: the institution corrects its candidate's name and mobile (a draft or a returned row). */
export async function correctIdentityAction(
  applicationId: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData, ["name", "mobile"]);
  try {
    const actor = await requireInstitution();
    const parsed = candidateIdentitySchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    await correctCandidateIdentity(actor, applicationId, parsed.data, shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(undefined);
}

/** Issue 13 item 3: withdraws a draft or an application not yet reviewed; back to the list. */
export async function withdrawApplicationAction(applicationId: string, _previous: ActionResult | null): Promise<ActionResult> {
  try {
    const actor = await requireInstitution();
    await withdrawApplication(actor, applicationId, shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/institution", "layout");
  const locale = await getLocale();
  redirect({ href: "/institution/candidates", locale });
  return succeed(undefined);
}

/** Issue 13 item 3: the full ID number of the institution's own candidate, on request (audited). */
export async function revealIdNumberAction(
  applicationId: string,
  _previous: ActionResult<{ idNumber: string }> | null,
): Promise<ActionResult<{ idNumber: string }>> {
  try {
    const actor = await requireInstitution();
    return succeed(await revealIdNumber(actor, applicationId));
  } catch (error) {
    return actionFailure(error);
  }
}
