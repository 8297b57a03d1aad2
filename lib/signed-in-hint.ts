/**
 * The "signed in as" hint (ADR 089): a cookie that tells the header of a page cached for
 * everyone which links to show, without asking the server. It is not a credential and holds no
 * secret: only the kind of account (`candidate`, `institution`, `staff`). Set at sign-in and
 * cleared at sign-out by auth.ts; readable by scripts on purpose (not HttpOnly). Every page and
 * route still checks the real session; a stale hint only shows the wrong links, and the header
 * then asks /api/v1/session and clears it.
 */
export const SIGNED_IN_HINT_COOKIE = "portal-signed-in";

export const HINT_KINDS = ["candidate", "institution", "staff"] as const;
export type HintKind = (typeof HINT_KINDS)[number];

/** The hint for a user kind as the database spells it (CANDIDATE, INSTITUTION, STAFF). */
export function hintFor(kind: string | undefined): HintKind | null {
  const lower = kind?.toLowerCase();
  return HINT_KINDS.find((k) => k === lower) ?? null;
}

/** The hint in a `document.cookie` string, or null when there is none (or it is not one of ours). */
export function readHint(cookieHeader: string): HintKind | null {
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === SIGNED_IN_HINT_COOKIE) return hintFor(value);
  }
  return null;
}
