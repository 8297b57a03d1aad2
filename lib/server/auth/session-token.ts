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
  const known = remembered(secrets, name, token);
  if (known) return known;
  try {
    const decoded = await decode({ token, secret: secrets, salt: name });
    if (decoded) remember(name, token, decoded);
    return decoded;
  } catch {
    return null; // tampered, expired or signed with another secret: no session
  }
}

/**
 * Tokens this process decoded, so a candidate's next request with the same cookie skips the key
 * derivation and the JWE's decryption and MAC (about 4 % of a signed-in page's CPU, ADR 157). The
 * key is the cookie's exact text and name; an entry is used only before the token's `exp`, by the
 * same real time jose checks it with, and forgotten when the secrets change. Revocation does not
 * depend on it: lib/server/auth/session.ts checks the session version in the database on every
 * request. Tampered, expired or foreign tokens are never kept (each is decoded and refused again).
 */
const DECODED_MAX = 10_000;
const decodedTokens = new Map<string, { token: JWT; expiresAtMs: number }>();
let decodedWithSecrets = "";

function remembered(secrets: string[], name: string, token: string): JWT | null {
  const secretsKey = secrets.join("\n");
  if (secretsKey !== decodedWithSecrets) {
    decodedTokens.clear();
    decodedWithSecrets = secretsKey;
    return null;
  }
  const key = `${name}=${token}`;
  const entry = decodedTokens.get(key);
  if (!entry) return null;
  // eslint-disable-next-line no-restricted-syntax -- jose checks `exp` against the real time, not the portal's clock (a demo clock must not stretch a session)
  if (Date.now() >= entry.expiresAtMs) {
    decodedTokens.delete(key);
    return null;
  }
  decodedTokens.delete(key); // most recently used last
  decodedTokens.set(key, entry);
  return { ...entry.token };
}

function remember(name: string, token: string, decoded: JWT): void {
  if (typeof decoded.exp !== "number") return;
  if (decodedTokens.size >= DECODED_MAX) decodedTokens.delete(decodedTokens.keys().next().value!);
  decodedTokens.set(`${name}=${token}`, { token: { ...decoded }, expiresAtMs: decoded.exp * 1000 });
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
