"use server";

import { headers } from "next/headers";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult, type FieldErrorsInput } from "@/lib/action-result";
import { appealSchema } from "@/lib/schemas/appeal-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { APPEAL_FILES, submitAppeal, type AppealUploads } from "@/lib/server/appeals/submit-appeal";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { clientIp } from "@/lib/server/http/client-ip";
import { readUpload } from "@/lib/server/uploads/read-upload";

/** 账号申诉 (issue 10): public, limited per address and per ID number; staff decide. */
export async function submitAppealAction(
  _previous: ActionResult<{ appealId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ appealId: string }>> {
  const values = formValues(formData, ["name", "idNumber", "contactMobile", "sensitiveConsent"]);
  const parsed = appealSchema(todayInBeijing()).safeParse({
    ...values,
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  const fieldErrors: FieldErrorsInput = parsed.success ? {} : zodFieldErrors(parsed.error);
  const files: Partial<AppealUploads> = {};
  for (const kind of APPEAL_FILES) {
    const read = await readUpload(formData, kind);
    if ("error" in read) fieldErrors[kind] = [read.error];
    else files[kind] = read;
  }
  if (!parsed.success || Object.keys(fieldErrors).length) return fail(null, fieldErrors, values);
  try {
    return succeed(await submitAppeal(parsed.data, files as AppealUploads, clientIp(await headers())));
  } catch (error) {
    return actionFailure(error, values);
  }
}
