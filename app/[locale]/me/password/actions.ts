"use server";

import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { signOut } from "@/auth";
import { fail, type ActionResult } from "@/lib/action-result";
import { changePasswordSchemaFor } from "@/lib/schemas/account-schema";
import { actionFailure } from "@/lib/server/action-failure";
import { changePassword } from "@/lib/server/accounts/change-password";
import { personalInputsOf } from "@/lib/server/accounts/personal-inputs";
import { requireActorForPasswordChange } from "@/lib/server/auth/session";

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let actor;
  try {
    actor = await requireActorForPasswordChange();
  } catch (error) {
    return actionFailure(error);
  }
  const parsed = changePasswordSchemaFor(await personalInputsOf(actor.id)).safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error));
  try {
    await changePassword(actor, parsed.data);
  } catch (error) {
    return actionFailure(error);
  }
  await signOut({ redirectTo: "/login?changed=1" });
  return fail("errors.generic");
}
