"use server";

import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { actionFailure } from "@/lib/server/action-failure";
import { clientIp } from "@/lib/server/http/client-ip";
import { setChallengeCookie } from "@/lib/server/passkeys/challenge-cookie-store";
import { startPasskeyLogin } from "@/lib/server/passkeys/passkey-login";
import { relyingParty } from "@/lib/server/passkeys/relying-party";

/** 「使用通行密钥登录」, step 1 (ADR 114): options for the browser, the challenge bound by cookie. */
export async function passkeyLoginOptionsAction(): Promise<ActionResult<PublicKeyCredentialRequestOptionsJSON>> {
  const h = await headers();
  const rp = relyingParty(h);
  try {
    const { options, challengeId } = await startPasskeyLogin(clientIp(h), rp);
    await setChallengeCookie(challengeId, rp.origin.startsWith("https:"));
    return succeed(options);
  } catch (error) {
    return actionFailure(error);
  }
}

/** Step 2: next-auth's "passkey" provider checks the assertion; success redirects to `next` or /me. */
export async function passkeyLoginAction(response: AuthenticationResponseJSON, next: string): Promise<ActionResult> {
  const redirectTo = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/me";
  try {
    await signIn("passkey", { response: JSON.stringify(response), redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error ? (error as { code?: string }).code : undefined;
      return fail(code === "rate_limited" ? "passkeys.errors.tooMany" : "passkeys.errors.loginFailed");
    }
    throw error; // the redirect after a successful sign-in
  }
  return fail("passkeys.errors.loginFailed");
}
