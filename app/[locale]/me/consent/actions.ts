"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { consentSchema } from "@/lib/schemas/consent-schema";
import { actionFailure } from "@/lib/server/action-failure";
import { requireCandidate } from "@/lib/server/auth/session";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";

/** Issue 11: the separate consent to sensitive data, asked on the wizard before the first upload. */
export async function giveUploadConsentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const actor = await requireCandidate();
    const parsed = consentSchema.safeParse({ consent: formData.get("consent") });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error));
    await giveUploadConsent(actor);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/me", "layout");
  return succeed(undefined);
}
