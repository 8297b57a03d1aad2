import type * as Argon2 from "@node-rs/argon2";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/server/auth/authenticate";
import { gateLogin } from "@/lib/server/auth/totp-login";
import { LOGIN_LIMITS } from "@/lib/server/auth/login-limits";
import { uniqueIdNumber } from "../support/factories";

// Issue 6, login. tests/integration/candidate/auth.test.ts already shows the per-account-and-IP
// lockout, the same answer for an unknown ID and a wrong password, and the session version
// after a password change; this file adds the other two limits, their window, the work (not the time) of
// the two failures, and logout.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current), signOut: () => Promise.resolve(undefined) }));
// Every argon2 verification, by the hash it checked against (the real function still runs).
const argon2 = vi.hoisted(() => ({ verified: [] as string[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    verify: (hashed: string | Uint8Array, ...rest: [string | Uint8Array]) => {
      argon2.verified.push(String(hashed));
      return real.verify(hashed, ...rest);
    },
  };
});
const { currentActor } = await import("@/lib/server/auth/session");
const { logoutAction } = await import("@/app/[locale]/login/logout-action");

const PASSWORD = "Lantern2025ok";
let passwordHash: string;
let ipCounter = 0;
/** A fresh address from TEST-NET-3 for every attempt that must not be limited by IP. */
const freshIp = () => `203.0.113.${(ipCounter++ % 250) + 1}:${ipCounter}`;

async function account(): Promise<{ login: string; userId: string }> {
  const login = uniqueIdNumber();
  const user = await db.user.create({
    data: { kind: "CANDIDATE", login, displayName: "考生", passwordHash },
    select: { id: true },
  });
  return { login, userId: user.id };
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => {
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
});

describe("issue 6: login limits", () => {
  it(`after ${LOGIN_LIMITS.account} failures from many addresses the password alone no longer opens a candidate's account (issue 10: SMS code instead)`, async () => {
    const { login } = await account();
    for (let i = 0; i < LOGIN_LIMITS.account - 1; i++)
      expect(await authenticate(login, "WrongPass1", freshIp())).toEqual({ ok: false, reason: "invalid" });
    expect((await authenticate(login, PASSWORD, freshIp())).ok).toBe(true); // one short of the limit: still open
    // The limit-th failure is still evaluated: the successful login gave its claim back.
    expect(await authenticate(login, "WrongPass1", freshIp())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(login, PASSWORD, freshIp())).toEqual({ ok: false, reason: "account-protected" });
  });

  it("a staff account past the threshold still opens with the password, because its second factor is asked next", async () => {
    const user = await db.user.create({
      data: { kind: "STAFF", login: `staff-${crypto.randomUUID()}`, displayName: "员", passwordHash, roles: ["REVIEWER"] },
    });
    await db.staffSecondFactor.create({
      data: { userId: user.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
    for (let i = 0; i < LOGIN_LIMITS.account; i++) await authenticate(user.login, "WrongPass1", freshIp());
    expect(await authenticate(user.login, "WrongPass1", freshIp())).toEqual({ ok: false, reason: "invalid" });
    expect((await authenticate(user.login, PASSWORD, freshIp())).ok).toBe(true);
  });

  it(`locks an address after ${LOGIN_LIMITS.ip} failures across accounts, for every account`, async () => {
    const ip = "198.51.100.66";
    for (let i = 0; i < LOGIN_LIMITS.ip; i++) await authenticate(uniqueIdNumber(), "WrongPass1", ip);
    const { login } = await account();
    expect(await authenticate(login, PASSWORD, ip)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((await authenticate(login, PASSWORD, "198.51.100.67")).ok).toBe(true);
  });

  it("the lock ends when its 15-minute window has passed on the portal's clock", async () => {
    const { login } = await account();
    const ip = "198.51.100.80";
    for (let i = 0; i < LOGIN_LIMITS.accountAndIp; i++) await authenticate(login, "WrongPass1", ip);
    expect(await authenticate(login, PASSWORD, ip)).toMatchObject({ reason: "rate-limited" });
    process.env.PORTAL_NOW = "2025-05-08T10:15:01+08:00";
    expect((await authenticate(login, PASSWORD, ip)).ok).toBe(true);
  });

  it("a rate-limited account answers the same whether the password was right or wrong", async () => {
    const { login } = await account();
    const ip = "198.51.100.90";
    for (let i = 0; i < LOGIN_LIMITS.accountAndIp; i++) await authenticate(login, "WrongPass1", ip);
    const right = await authenticate(login, PASSWORD, ip);
    const wrong = await authenticate(login, "WrongPass1", ip);
    expect(right).toEqual(wrong);
  });
});

describe("issue 10: every account kind's logins are audited", () => {
  it("a candidate's failed and successful login each leave one row: masked login, address, no password", async () => {
    const { login, userId } = await account();
    const ip = "198.51.100.120";
    await authenticate(login, "WrongPass1", ip);
    const result = await authenticate(login, PASSWORD, ip);
    expect(result.ok).toBe(true);
    await gateLogin(userId, "", ip);
    const rows = await db.auditLog.findMany({ where: { actorId: userId }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["auth.login.fail", "auth.login"]);
    const text = JSON.stringify(rows.map((r) => r.after));
    expect(text).toContain(`${login.slice(0, 3)}***********${login.slice(-4)}`);
    expect(text).toContain(ip);
    expect(text).not.toContain(login);
    expect(text).not.toContain("WrongPass1");
    expect(text).not.toContain(PASSWORD);
  });
});

describe("issue 6: no user enumeration", () => {
  // The same work, not the same wall-clock time (issue 15: a time ratio judges how busy the
  // machine is): one argon2 verification against a hash of the same cost, and the same statements.
  it("an unknown ID number and a wrong password do the same work: one argon2 verify of the same cost, the same statements", async () => {
    const { login } = await account();
    const statements = { recording: false, list: [] as string[] };
    db.$onQuery((event) => {
      if (statements.recording) statements.list.push(event.query);
    });
    const work = async (attempt: () => Promise<unknown>) => {
      argon2.verified.length = 0;
      statements.list = [];
      statements.recording = true;
      const answer = JSON.stringify(await attempt());
      statements.recording = false;
      return { answer, verified: [...argon2.verified], statements: statements.list.sort() };
    };
    const wrong = await work(() => authenticate(login, "WrongPass1", freshIp()));
    const unknown = await work(() => authenticate(uniqueIdNumber(), "WrongPass1", freshIp()));
    expect(unknown.answer).toBe(JSON.stringify({ ok: false, reason: "invalid" }));
    expect(wrong.answer).toBe(unknown.answer);
    const cost = (hash: string) => hash.split("$").slice(1, 4).join("$"); // argon2id$v=19$m=…,t=…,p=…
    expect(wrong.verified.map(cost)).toEqual(["argon2id$v=19$m=19456,t=2,p=1"]);
    expect(unknown.verified.map(cost)).toEqual(wrong.verified.map(cost));
    expect(unknown.statements).toEqual(wrong.statements);
  });
});

describe("issue 6: sessions end on the server", () => {
  it("logout bumps the session version: the old session is refused afterwards, even if its cookie was copied", async () => {
    const { userId } = await account();
    session.current = { user: { id: userId }, sv: 0 };
    expect((await currentActor())?.id).toBe(userId);
    await logoutAction();
    expect(await currentActor()).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(1);
  });

  it("a disabled account's existing session is refused at once", async () => {
    const { userId } = await account();
    session.current = { user: { id: userId }, sv: 0 };
    expect(await currentActor()).not.toBeNull();
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await currentActor()).toBeNull();
  });
});
