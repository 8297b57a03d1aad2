import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { LOGIN_LIMITS } from "@/lib/server/auth/login-limits";
import { totpCode } from "@/lib/server/auth/totp";
import { createStaff, uniqueIdNumber } from "../support/factories";
import type * as PasswordModule from "@/lib/auth/password";
import type * as TotpModule from "@/lib/server/auth/totp";

// Issue 10, items 1 and 7: limits are claimed before argon2 / the TOTP check run, so guesses sent
// together cannot all pass a "how many failed so far?" read. The counters below are the real
// functions wrapped: every call is one evaluated guess.

const counted = vi.hoisted(() => ({ argon2: 0, totp: 0 }));
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof PasswordModule>();
  return {
    ...real,
    verifyPassword: (hash: string, password: string) => {
      counted.argon2++;
      return real.verifyPassword(hash, password);
    },
  };
});
vi.mock("@/lib/server/auth/totp", async (original) => {
  const real = await original<typeof TotpModule>();
  return {
    ...real,
    verifyTotp: (...args: Parameters<typeof real.verifyTotp>) => {
      counted.totp++;
      return real.verifyTotp(...args);
    },
  };
});
const { hashPassword } = await import("@/lib/auth/password");
const { authenticate } = await import("@/lib/server/auth/authenticate");
const { checkStaffSecondFactor } = await import("@/lib/server/auth/totp-login");
const { changePassword } = await import("@/lib/server/accounts/change-password");

const PASSWORD = "Passw0rdOk";
/** The second step's limit (lib/server/auth/login-limits.ts TOTP_LIMIT). */
const TOTP_LIMIT = 5;
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
beforeEach(() => {
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
  counted.argon2 = 0;
  counted.totp = 0;
});

describe("issue 10: parallel guesses stay within the limit", () => {
  it(`150 wrong passwords at once from one address: at most ${LOGIN_LIMITS.accountAndIp} evaluated, then the right one is refused`, async () => {
    const login = uniqueIdNumber();
    await db.user.create({ data: { kind: "CANDIDATE", login, displayName: "考生", passwordHash } });
    const ip = "198.51.100.150";
    const results = await Promise.all(Array.from({ length: 150 }, (_, i) => authenticate(login, `WrongPass${i}`, ip)));
    expect(counted.argon2).toBeLessThanOrEqual(LOGIN_LIMITS.accountAndIp);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited").length).toBeGreaterThanOrEqual(
      150 - LOGIN_LIMITS.accountAndIp,
    );
    const before = counted.argon2;
    expect(await authenticate(login, PASSWORD, ip)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(counted.argon2).toBe(before); // refused without running argon2
  });

  it(`150 wrong passwords at once from 150 addresses: at most ${LOGIN_LIMITS.account} evaluated, then the password alone is not enough`, async () => {
    const login = uniqueIdNumber();
    await db.user.create({ data: { kind: "CANDIDATE", login, displayName: "考生", passwordHash } });
    await Promise.all(Array.from({ length: 150 }, (_, i) => authenticate(login, `WrongPass${i}`, `203.0.113.${i % 250}`)));
    expect(counted.argon2).toBeLessThanOrEqual(LOGIN_LIMITS.account);
    // The owner, from an address of their own, is told to use the SMS code instead of being locked out.
    expect(await authenticate(login, PASSWORD, "192.0.2.7")).toEqual({ ok: false, reason: "account-protected" });
  });

  it(`60 wrong second-step codes at once: at most ${TOTP_LIMIT} evaluated, then the right code is refused`, async () => {
    const staff = await createStaff(["REVIEWER"]);
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    await db.staffSecondFactor.create({
      data: { userId: staff.id, totpSecret: secret, recoveryCodes: [], enabledAt: new Date() },
    });
    const at = new Date();
    const right = totpCode(secret, at);
    const wrong = (i: number) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, "0");
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => checkStaffSecondFactor(staff.id, wrong(i), at)));
    expect(counted.totp).toBeLessThanOrEqual(TOTP_LIMIT);
    expect(results.filter((r) => r === "ok")).toHaveLength(0);
    expect(await checkStaffSecondFactor(staff.id, right, at)).toBe("rate-limited");
  });

  it('20 wrong current passwords at once on "change password": at most 5 evaluated, then the right one is refused too', async () => {
    const login = uniqueIdNumber();
    const user = await db.user.create({ data: { kind: "CANDIDATE", login, displayName: "考生", passwordHash } });
    const actor = {
      id: user.id,
      kind: "CANDIDATE" as const,
      displayName: "考生",
      roles: [],
      institutionId: null,
      candidateId: null,
    };
    const input = (current: string) => ({
      currentPassword: current,
      newPassword: "NewPassw0rd9",
      confirmPassword: "NewPassw0rd9",
    });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => changePassword(actor, input(`WrongPass${i}`))));
    expect(counted.argon2).toBeLessThanOrEqual(5);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    await expect(changePassword(actor, input(PASSWORD))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(passwordHash);
  });
});
