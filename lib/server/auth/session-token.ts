import "server-only";
import { cookies, headers } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";

/** next-auth's session cookie; `__Secure-` in front on https (@auth/core `defaultCookies`). */
const SESSION_COOKIE = "authjs.session-token";

/**
 * The session JWT of this request, decoded the way next-auth's `auth()` decodes it (same cookie,
 * same secrets, same salt, `decode` from next-auth/jwt, which checks the signature and `exp`),
 * without the rest of `auth()`: that builds a Request, runs next-auth's whole session route with
 * a CSRF digest, and encrypts a fresh token it then throws away (server components and actions
 * cannot set it), about 2 ms of CPU per call, several calls per page (ADR 049). The session
 * version is checked against the database by lib/server/auth/session.ts, as before.
 */
export async function readSessionToken(): Promise<JWT | null> {
  const secrets = authSecrets();
  // next-auth answers a missing secret with a server error, which its `auth()` reads as no session.
  if (secrets.length === 0) return null;
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const name = usesSecureCookies(requestHeaders) ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
  const token = jar.get(name)?.value ?? chunkedValue(jar, name);
  if (!token) return null;
  try {
    return await decode({ token, secret: secrets, salt: name });
  } catch {
    return null; // tampered, expired or signed with another secret: no session
  }
}

/** @auth/core `setEnvDefaults`: AUTH_SECRET, plus AUTH_SECRET_1..3 while a secret is rotated. */
function authSecrets(): string[] {
  const secrets: string[] = [];
  if (process.env.AUTH_SECRET) secrets.push(process.env.AUTH_SECRET);
  for (const i of [1, 2, 3]) {
    const secret = process.env[`AUTH_SECRET_${i}`];
    if (secret) secrets.unshift(secret);
  }
  return secrets;
}

/**
 * @auth/core `createActionURL` + `init`: https (so the `__Secure-` cookie) when AUTH_URL says so,
 * else when the proxy's x-forwarded-proto says so, else https by default.
 */
function usesSecureCookies(requestHeaders: Headers): boolean {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (envUrl) return new URL(envUrl).protocol === "https:";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "https";
  return protocol.replace(/:$/, "") === "https";
}

/** A token over 4 KB is split into `name.0`, `name.1`, … (@auth/core SessionStore). */
function chunkedValue(jar: Awaited<ReturnType<typeof cookies>>, name: string): string | undefined {
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .map((c) => ({ index: Number(c.name.slice(name.length + 1)), value: c.value }))
    .filter((c) => Number.isInteger(c.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((c) => c.value).join("") : undefined;
}
