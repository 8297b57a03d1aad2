import type * as JwtModule from "next-auth/jwt";
import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// readSessionToken decodes next-auth's session cookie itself (ADR 049); these hold it to what
// next-auth's auth() accepts: the cookie name for the protocol, the secrets, the signature, exp.

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
      getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    }),
}));
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof JwtModule>();
  return {
    ...original,
    decode: (params: Parameters<typeof original.decode>[0]) => {
      decodes.count += 1;
      return original.decode(params);
    },
  };
});
const { readSessionToken } = await import("./session-token");

const SECRET = "unit-test-secret-unit-test-secret-0123";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const token = { sub: "u1", uid: "0b8f4d7e-3c1a-4a57-9a55-2f6c1c1b9e10", kind: "CANDIDATE", sv: 3 };
const mint = (salt: string, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge ?? 3600 });

/** One character changed in the middle of the ciphertext (the JWE's fourth part). */
function tamper(jwe: string): string {
  const parts = jwe.split(".");
  const text = parts[3]!;
  const i = Math.floor(text.length / 2);
  parts[3] = text.slice(0, i) + (text[i] === "A" ? "B" : "A") + text.slice(i + 1);
  return parts.join(".");
}

const KEYS = ["AUTH_SECRET", "AUTH_SECRET_1", "AUTH_URL", "NEXTAUTH_URL"] as const;
const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
beforeEach(() => {
  request.headers = new Headers();
  request.cookies = new Map();
  process.env.AUTH_SECRET = SECRET;
  delete process.env.AUTH_URL;
  delete process.env.NEXTAUTH_URL;
  delete process.env.AUTH_SECRET_1;
});
afterEach(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("readSessionToken", () => {
  it("reads the plain cookie over http and the __Secure- one over https, never the other", async () => {
    request.headers.set("x-forwarded-proto", "http");
    request.cookies.set(PLAIN, await mint(PLAIN));
    expect(await readSessionToken()).toMatchObject({ uid: token.uid, sv: 3 });

    request.headers.set("x-forwarded-proto", "https");
    expect(await readSessionToken()).toBeNull();
    request.cookies.set(SECURE, await mint(SECURE));
    expect(await readSessionToken()).toMatchObject({ uid: token.uid });

    request.headers.delete("x-forwarded-proto"); // no header: https, as @auth/core assumes
    expect(await readSessionToken()).toMatchObject({ uid: token.uid });
    process.env.AUTH_URL = "http://portal.example";
    expect(await readSessionToken()).toMatchObject({ uid: token.uid }); // the plain one again
  });

  it("refuses a token for another cookie name, another secret, a changed byte, or past its exp", async () => {
    request.headers.set("x-forwarded-proto", "http");
    for (const value of [
      await mint(SECURE),
      await mint(PLAIN, { secret: "another-secret-another-secret-0123456" }),
      tamper(await mint(PLAIN)),
      await mint(PLAIN, { maxAge: -60 }),
      "planted-by-someone-else",
    ]) {
      request.cookies.set(PLAIN, value);
      expect(await readSessionToken()).toBeNull();
    }
  });

  it("accepts a token of the previous secret while AUTH_SECRET_1 rotates it, and none without a secret", async () => {
    request.headers.set("x-forwarded-proto", "http");
    request.cookies.set(PLAIN, await mint(PLAIN, { secret: "old-secret-old-secret-old-secret-01" }));
    expect(await readSessionToken()).toBeNull();
    process.env.AUTH_SECRET_1 = "old-secret-old-secret-old-secret-01";
    expect(await readSessionToken()).toMatchObject({ uid: token.uid });
    delete process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET_1;
    expect(await readSessionToken()).toBeNull();
  });

  it("joins a token split into chunks", async () => {
    request.headers.set("x-forwarded-proto", "http");
    const whole = await mint(PLAIN);
    request.cookies.set(`${PLAIN}.1`, whole.slice(100));
    request.cookies.set(`${PLAIN}.0`, whole.slice(0, 100));
    expect(await readSessionToken()).toMatchObject({ uid: token.uid });
  });

  it("decodes a token once and then remembers it until its exp, never past it, and not across a change of secret (ADR 157)", async () => {
    request.headers.set("x-forwarded-proto", "http");
    request.cookies.set(PLAIN, await mint(PLAIN, { maxAge: 120 }));
    const before = decodes.count;
    expect(await readSessionToken()).toMatchObject({ uid: token.uid, sv: 3 });
    expect(await readSessionToken()).toMatchObject({ uid: token.uid, sv: 3 });
    expect(decodes.count - before).toBe(1);

    // A caller changing its copy does not change what the next request reads.
    const copy = (await readSessionToken())!;
    copy.uid = "someone-else";
    expect(await readSessionToken()).toMatchObject({ uid: token.uid });

    // Another secret: decoded again (and refused, the token was made with the old one).
    process.env.AUTH_SECRET = "another-secret-another-secret-0123456";
    expect(await readSessionToken()).toBeNull();
    process.env.AUTH_SECRET = SECRET;
    expect(await readSessionToken()).toMatchObject({ uid: token.uid });

    // Past its exp the remembered token is refused, as decode refuses it.
    vi.useFakeTimers({ now: Date.now() + 10 * 60_000 });
    try {
      expect(await readSessionToken()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps no tampered or foreign token: each is decoded and refused again", async () => {
    request.headers.set("x-forwarded-proto", "http");
    request.cookies.set(PLAIN, tamper(await mint(PLAIN)));
    const before = decodes.count;
    expect(await readSessionToken()).toBeNull();
    expect(await readSessionToken()).toBeNull();
    expect(decodes.count - before).toBe(2);
  });
});
