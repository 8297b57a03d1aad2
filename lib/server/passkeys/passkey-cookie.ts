import "server-only";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { PASSKEY_CHALLENGE_COOKIE } from "./passkey-challenge";

/** The challenge id from a Cookie header (auth.ts's provider sees the request's headers only). */
export function passkeyChallengeIdFrom(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === PASSKEY_CHALLENGE_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** The browser's assertion as posted (JSON text); null when it is not shaped like one. */
export function parseAssertion(value: unknown): AuthenticationResponseJSON | null {
  if (typeof value !== "string" || value.length > 20_000) return null;
  try {
    const parsed = JSON.parse(value) as AuthenticationResponseJSON;
    if (typeof parsed?.id !== "string" || typeof parsed.response?.clientDataJSON !== "string") return null;
    return parsed;
  } catch {
    return null;
  }
}
