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

/** 七: read the scanned or typed ticket, name or ID number and show who it is. Nothing is written yet. */
export async function lookupCheckInAction(
  _previous: ActionResult<CheckInCardDto[]> | null,
  formData: FormData,
): Promise<ActionResult<CheckInCardDto[]>> {
  const values = formValues(formData, ["code"]);
  try {
    const actor = await requireRole("EXAM_OFFICER");
    if (!values.code?.trim()) return fail(null, { code: ["staffExam.checkIn.errors.format"] }, values);
    return succeed(await findForCheckIn(actor, values.code, shanghaiDate(now())));
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
    const at = now();
    result = await checkIn(actor, values.applicationId ?? "", shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(result);
}
