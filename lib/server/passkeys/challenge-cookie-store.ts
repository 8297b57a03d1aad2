import "server-only";
import { cookies } from "next/headers";
import { PASSKEY_CHALLENGE_COOKIE, PASSKEY_CHALLENGE_MS } from "./passkey-challenge";

/** Binds a stored challenge to this browser: httpOnly, strict, as short-lived as the challenge. */
export async function setChallengeCookie(challengeId: string, secure: boolean): Promise<void> {
  const store = await cookies();
  store.set(PASSKEY_CHALLENGE_COOKIE, challengeId, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure,
    maxAge: PASSKEY_CHALLENGE_MS / 1000,
  });
}

export async function readChallengeCookie(): Promise<string | null> {
  return (await cookies()).get(PASSKEY_CHALLENGE_COOKIE)?.value ?? null;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete(PASSKEY_CHALLENGE_COOKIE);
}
