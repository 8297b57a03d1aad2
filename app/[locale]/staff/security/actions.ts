"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { totpCodeSchema } from "@/lib/schemas/staff-security-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireActor } from "@/lib/server/auth/session";
import { confirmTotpEnrollment, startTotpEnrollment } from "@/lib/server/auth/totp-enrollment";

/** Step 1 of enrollment: a fresh secret to scan (requireActor, not requireRole: this is where requireRole sends people). */
export async function startEnrollmentAction(_previous: ActionResult | null): Promise<ActionResult> {
  try {
    await startTotpEnrollment(await requireActor());
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff/security", "page");
  revalidatePath("/[locale]/me/security", "page"); // institution users enroll there (issue 10)
  return succeed(undefined);
}

/** Step 2: the first code; the ten recovery codes come back once. */
export async function confirmEnrollmentAction(
  _previous: ActionResult<{ recoveryCodes: string[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const values = formValues(formData, ["code"]);
  const parsed = totpCodeSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    const actor = await requireActor();
    // Real time, not the demo clock: the phone's authenticator knows only real time.
    // eslint-disable-next-line no-restricted-syntax -- TOTP codes follow the phone's real time, not the demo clock
    return succeed(await confirmTotpEnrollment(actor, parsed.data.code, new Date()));
  } catch (error) {
    return actionFailure(error, values);
  }
}
