import "server-only";
import { cookies } from "next/headers";
import { hintFor, SIGNED_IN_HINT_COOKIE } from "@/lib/signed-in-hint";

/** As long as a session (auth.ts `maxAge`): the hint should not outlive what it hints at. */
const SESSION_SECONDS = 8 * 60 * 60;

/**
 * Sets or clears the header's hint (ADR 089) on this response. Called by auth.ts's sign-in and
 * sign-out events, which run inside the login or logout request (an action or next-auth's route).
 */
export async function writeSignedInHint(kind: string | undefined): Promise<void> {
  const store = await cookies();
  const hint = hintFor(kind);
  if (!hint) {
    store.delete(SIGNED_IN_HINT_COOKIE);
    return;
  }
  // Not HttpOnly on purpose: the cached pages' header reads it in the browser. No secret in it.
  store.set(SIGNED_IN_HINT_COOKIE, hint, { path: "/", sameSite: "lax", maxAge: SESSION_SECONDS, httpOnly: false });
}
