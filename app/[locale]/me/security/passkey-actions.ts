"use server";

import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { passkeyNameField, removePasskeySchema } from "@/lib/schemas/passkey-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { currentActor } from "@/lib/server/auth/session";
import { clearChallengeCookie, readChallengeCookie, setChallengeCookie } from "@/lib/server/passkeys/challenge-cookie-store";
import { finishPasskeyRegistration, removePasskey, startPasskeyRegistration } from "@/lib/server/passkeys/register-passkey";
import { relyingParty } from "@/lib/server/passkeys/relying-party";

/** Adding a passkey, step 1 (ADR 114): creation options; the challenge is bound to this browser and user. */
export async function passkeyRegistrationOptionsAction(): Promise<ActionResult<PublicKeyCredentialCreationOptionsJSON>> {
  const rp = relyingParty(await headers());
  try {
    const { options, challengeId } = await startPasskeyRegistration(await currentActor(), rp);
    await setChallengeCookie(challengeId, rp.origin.startsWith("https:"));
    return succeed(options);
  } catch (error) {
    return actionFailure(error);
  }
}

/** Step 2: the authenticator's answer, verified and kept under the name the candidate gave. */
export async function finishPasskeyRegistrationAction(name: string, response: RegistrationResponseJSON): Promise<ActionResult> {
  const rp = relyingParty(await headers());
  const named = passkeyNameField.safeParse(name);
  if (!named.success) return fail(null, zodFieldErrors(named.error), { name: String(name) });
  const challengeId = await readChallengeCookie();
  if (!challengeId) return fail("passkeys.errors.expired");
  try {
    await finishPasskeyRegistration(await currentActor(), { challengeId, name: named.data, response }, rp);
    await clearChallengeCookie();
  } catch (error) {
    return actionFailure(error, { name: String(name) });
  }
  revalidatePath("/[locale]/me/security", "page");
  return succeed(undefined);
}

/** 删除 (ADR 142): unbound, the passkey's id on the button pressed (`intent`); the use case removes only the caller's own. */
export async function removePasskeyAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = removePasskeySchema.safeParse(formValues(formData, ["intent"]));
  if (!parsed.success) return fail("passkeys.errors.notFound");
  try {
    await removePasskey(await currentActor(), parsed.data.intent);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/me/security", "page");
  return succeed(undefined);
}
