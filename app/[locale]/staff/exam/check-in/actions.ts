"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { checkIn, type CheckInCardDto } from "@/lib/server/exam/check-in";
import { findForCheckIn } from "@/lib/server/exam/search-check-in";
import { actionFailure } from "@/lib/server/action-failure";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { checkInConfirmSchema, checkInLookupSchema } from "@/lib/schemas/staff-exam-forms";

/** 七: read the scanned or typed ticket, name or ID number and show who it is. Nothing is written yet. */
export async function lookupCheckInAction(
  _previous: ActionResult<CheckInCardDto[]> | null,
  formData: FormData,
): Promise<ActionResult<CheckInCardDto[]>> {
  const values = formValues(formData, ["code"]);
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = checkInLookupSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    return succeed(await findForCheckIn(actor, parsed.data.code, shanghaiDate(now())));
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** The desk saw the person match photo and ID card: mark present. */
export async function confirmCheckInAction(
  _previous: ActionResult<{ checkedInAt: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ checkedInAt: string }>> {
  const values = formValues(formData, ["applicationId"]);
  let result: { checkedInAt: string };
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = checkInConfirmSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    result = await checkIn(actor, parsed.data.applicationId, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(result);
}
