"use server";

import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { actionFailure } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { closeAccount } from "@/lib/server/rights/close-account";

/** Issue 11, PIPL art. 47: the candidate closes their own account, confirming with the password. */
export async function closeAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const actor = await requireCandidate();
    const password = formData.get("password");
    if (typeof password !== "string" || password.length === 0)
      return fail(null, { password: ["privacy.errors.passwordRequired"] });
    if (formData.get("confirm") !== "on") return fail(null, { confirm: ["privacy.errors.closeConfirmRequired"] });
    await closeAccount(actor, password);
  } catch (error) {
    return actionFailure(error);
  }
  return succeed(undefined);
}
