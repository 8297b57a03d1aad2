"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { personalCollectionSchema } from "@/lib/schemas/exam-results-schema";
import { institutionCollectionFormSchema } from "@/lib/schemas/staff-exam-forms";
import { SCORE_CORRECTION_FIELDS, scoreCorrectionSchema } from "@/lib/schemas/score-correction-schema";
import { formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { recordInstitutionCollection, recordPersonalCollection } from "@/lib/server/certificates/record-collection";
import { actionFailure } from "@/lib/server/action-failure";
import { correctScore, type CorrectionOutcome } from "@/lib/server/results/correct-score";

/** 九: a candidate collects their paper certificate in person, ID card checked. */
export async function personalCollectionAction(
  _previous: ActionResult<{ done: true }> | null,
  formData: FormData,
): Promise<ActionResult<{ done: true }>> {
  const values = formValues(formData, ["applicationId", "idChecked", "note"]);
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = personalCollectionSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    await recordPersonalCollection(actor, parsed.data, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed({ done: true as const });
}

/** 九: an institution's envoy collects all its certificates of the plan with the signed, stamped form. */
export async function institutionCollectionAction(
  _previous: ActionResult<{ collected: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ collected: number }>> {
  // Unbound (ADR 133): the plan's id travels in a hidden input, checked by the form's schema.
  const values = formValues(formData, ["planId", "institutionId", "collector", "formSigned", "note"]);
  let outcome: { collected: number };
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = institutionCollectionFormSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    outcome = await recordInstitutionCollection(actor, parsed.data, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}

/** 八 成绩更正 after the notice (ADR 047): one candidate's result, with the reason and what the officer saw. */
export async function correctScoreAction(
  _previous: ActionResult<CorrectionOutcome> | null,
  formData: FormData,
): Promise<ActionResult<CorrectionOutcome>> {
  const values = formValues(formData, SCORE_CORRECTION_FIELDS);
  let outcome: CorrectionOutcome;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = scoreCorrectionSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    outcome = await correctScore(actor, parsed.data, now());
  } catch (error) {
    return actionFailure(error, values);
  }
  // The public notice shows results too.
  revalidatePath("/[locale]", "layout");
  return succeed(outcome);
}
