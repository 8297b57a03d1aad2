"use server";

import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { actionFailure } from "@/lib/server/action-failure";
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
  const challengeId = await readChallengeCookie();
  if (!challengeId) return fail("passkeys.errors.expired");
  try {
    await finishPasskeyRegistration(await currentActor(), { challengeId, name: String(name), response }, rp);
    await clearChallengeCookie();
  } catch (error) {
    return actionFailure(error, { name: String(name) });
  }
  revalidatePath("/[locale]/me/security", "page");
  return succeed(undefined);
}

export async function removePasskeyAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const passkeyId = formData.get("passkeyId");
    await removePasskey(await currentActor(), typeof passkeyId === "string" ? passkeyId : "");
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/me/security", "page");
  return succeed(undefined);
}
