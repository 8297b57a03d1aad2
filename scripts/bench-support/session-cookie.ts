import { encode } from "next-auth/jwt";

/** next-auth's cookie on plain http (https adds the __Secure- prefix). */
export const SESSION_COOKIE = "authjs.session-token";

/**
 * The session cookie a login would set for `user` (auth.ts `jwt` callback: uid, kind, sv),
 * encrypted with the server's AUTH_SECRET. Like Epic Stack's Playwright fixtures, the bench
 * signs its users in directly instead of spending argon2 time on 100 logins.
 */
export async function sessionCookie(
  user: { id: string; kind: string; displayName: string; sessionVersion?: number },
  secret: string,
): Promise<string> {
  const token = await encode({
    token: { sub: user.id, name: user.displayName, uid: user.id, kind: user.kind, sv: user.sessionVersion ?? 0 },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 8 * 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}
