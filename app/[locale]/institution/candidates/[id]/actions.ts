"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { submitApplication, type SubmitOutcome } from "@/lib/server/applications/submit-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { requireInstitution } from "@/lib/server/auth/session";
import {
  candidateConditionFormSchema,
  candidateIdentityFormSchema,
  candidatePersonalFormSchema,
  institutionCandidateIdSchema,
} from "@/lib/schemas/institution-correction-schema";
import {
  correctCandidateIdentity,
  revealIdNumber,
  withdrawApplication,
} from "@/lib/server/institution/candidates/correct-candidate";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";

const PERSONAL_FIELDS = [
  "applicationId",
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
 * the window and the state machine. Every action is unbound (ADR 133): the candidate's id comes
 * from the form's hidden `applicationId`, checked by the same schema as the browser's.
 */
export async function saveCandidatePersonalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, PERSONAL_FIELDS);
  try {
    const actor = await requireInstitution();
    const parsed = candidatePersonalFormSchema.safeParse({ ...values, graduatingThisYear: formData.get("graduatingThisYear") });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const { applicationId, ...data } = parsed.data;
    const at = now();
    await updateApplication(actor, applicationId, { step: "personal", data }, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(undefined);
}

export async function saveCandidateConditionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["applicationId", "conditionCode"]);
  try {
    const actor = await requireInstitution();
    const parsed = candidateConditionFormSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    await updateApplication(
      actor,
      parsed.data.applicationId,
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
  _previous: ActionResult<SubmitOutcome> | null,
  formData: FormData,
): Promise<ActionResult<SubmitOutcome>> {
  const values = formValues(formData, ["applicationId"]);
  let outcome: SubmitOutcome;
  try {
    const actor = await requireInstitution();
    const parsed = institutionCandidateIdSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    outcome = await submitApplication(actor, parsed.data.applicationId, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(outcome);
}

/** Issue 13 item 3: the institution corrects its candidate's name and mobile (a draft or a returned row). */
export async function correctIdentityAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["applicationId", "name", "mobile"]);
  try {
    const actor = await requireInstitution();
    const parsed = candidateIdentityFormSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const { applicationId, ...identity } = parsed.data;
    await correctCandidateIdentity(actor, applicationId, identity, shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(undefined);
}

/** Issue 13 item 3: withdraws a draft or an application not yet reviewed; back to the list. */
export async function withdrawApplicationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["applicationId"]);
  try {
    const actor = await requireInstitution();
    const parsed = institutionCandidateIdSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    await withdrawApplication(actor, parsed.data.applicationId, shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  const locale = await getLocale();
  redirect({ href: "/institution/candidates", locale });
  return succeed(undefined);
}

/** Issue 13 item 3: the full ID number of the institution's own candidate, on request (audited). */
export async function revealIdNumberAction(
  _previous: ActionResult<{ idNumber: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ idNumber: string }>> {
  const values = formValues(formData, ["applicationId"]);
  try {
    const actor = await requireInstitution();
    const parsed = institutionCandidateIdSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    return succeed(await revealIdNumber(actor, parsed.data.applicationId));
  } catch (error) {
    return actionFailure(error, values);
  }
}
