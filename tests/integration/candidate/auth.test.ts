import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { signUpCodeSchema, signUpSchema } from "@/lib/schemas/account-schema";
import { changePassword } from "@/lib/server/accounts/change-password";
import { authenticate } from "@/lib/server/auth/authenticate";
import { LOGIN_LIMITS } from "@/lib/server/auth/login-limits";
import { uniqueIdNumber } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { signUpWithCode } from "../support/sign-up";
import { uniqueMobile } from "../support/sms";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
const { currentActor } = await import("@/lib/server/auth/session");

const today = "2025-05-08";

async function signUp(password = "Lantern2025ok") {
  const idNumber = uniqueIdNumber();
  const { userId } = await signUpWithCode({ name: "赵磊", idNumber, password });
  return { idNumber, userId, password };
}

beforeAll(ensureCatalog);
beforeEach(() => {
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
});

describe("issue 3: sign-up", () => {
  it("creates the account and the candidate with the verified mobile; the same ID number twice sends no code", async () => {
    const { idNumber, userId } = await signUp();
    expect(await db.candidate.count({ where: { idNumber, userId: { not: null } } })).toBe(1);
    const verified = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mobileVerifiedAt: true } });
    expect(verified.mobileVerifiedAt).toBeInstanceOf(Date);
    // Issue 10: before a code is verified, a known ID number is answered like any other.
    await expect(signUpWithCode({ name: "赵磊", idNumber })).rejects.toMatchObject({
      code: "INVALID",
      message: "identity.otp.wrong",
    });
  });

  it("links a candidate an institution registered earlier when the code sent to the recorded mobile is typed", async () => {
    const idNumber = uniqueIdNumber();
    const recorded = uniqueMobile();
    const existing = await db.candidate.create({ data: { idNumber, name: "赵磊", mobile: recorded } });
    const { userId } = await signUpWithCode({ name: "赵磊", idNumber }, { codeTo: recorded });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      userId,
      mobile: recorded,
      name: "赵磊",
    });
  });

  it("keeps an optional notification email: given, it is the account's (domain lower-cased); left empty, none", async () => {
    const form = { name: "赵磊" };
    const withEmail = await signUpWithCode({ ...form, idNumber: uniqueIdNumber(), email: " ZhaoLei@QQ.COM " });
    const withoutEmail = await signUpWithCode({ ...form, idNumber: uniqueIdNumber(), email: "" });
    const emails = await db.user.findMany({
      where: { id: { in: [withEmail.userId, withoutEmail.userId] } },
      select: { id: true, email: true },
    });
    expect(Object.fromEntries(emails.map((u) => [u.id, u.email]))).toEqual({
      [withEmail.userId]: "ZhaoLei@qq.com",
      [withoutEmail.userId]: null,
    });
    const malformed = signUpCodeSchema(today).safeParse({
      ...form,
      mobile: "13800001111",
      idNumber: uniqueIdNumber(),
      email: "zhaolei@qq",
      privacyConsent: "on",
      sensitiveConsent: "on",
    });
    expect(malformed.error?.issues).toMatchObject([{ path: ["email"], message: "errors.email" }]);
  });

  it.each([
    ["short1", "errors.password.tooShort"],
    ["12345678", "errors.password.needsLetter"],
    ["abcdefgh", "errors.password.needsDigit"],
  ])("refuses the password %s with %s", (password, message) => {
    const result = signUpSchema(today).safeParse({
      name: "赵磊",
      idNumber: uniqueIdNumber(),
      mobile: "13800001111",
      password,
      confirmPassword: password,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe("issue 3: login limits and no enumeration", () => {
  it("answers an unknown account exactly like a wrong password", async () => {
    const { idNumber } = await signUp();
    expect(await authenticate(idNumber, "WrongPass1", "192.0.2.10")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(uniqueIdNumber(), "WrongPass1", "192.0.2.11")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an account from one address after ${LOGIN_LIMITS.accountAndIp} failures, but not from elsewhere`, async () => {
    const { idNumber, password } = await signUp();
    for (let i = 0; i < LOGIN_LIMITS.accountAndIp; i += 1) await authenticate(idNumber, "WrongPass1", "192.0.2.20");
    const locked = await authenticate(idNumber, password, "192.0.2.20");
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    // The retry time is on the portal's clock (PORTAL_NOW), 15 minutes on.
    if (!locked.ok && locked.reason === "rate-limited") expect(locked.retryAt.toISOString()).toBe("2025-05-08T02:15:00.000Z");
    expect(await authenticate(idNumber, password, "198.51.100.7")).toMatchObject({ ok: true });
  });

  it("accepts a lower-case x in the ID number", async () => {
    const password = "Lantern2025ok";
    let idNumber = uniqueIdNumber();
    while (!idNumber.endsWith("X")) idNumber = uniqueIdNumber();
    await db.user.create({
      data: { kind: "CANDIDATE", login: idNumber, displayName: "x", passwordHash: await hashPassword(password) },
    });
    expect((await authenticate(idNumber.toLowerCase(), password, "192.0.2.30")).ok).toBe(true);
  });
});

describe("issue 3: sessions end on the server", () => {
  it("refuses a session whose version is older than the user's (logout, password change)", async () => {
    const { userId, password } = await signUp();
    session.current = { user: { id: userId }, sv: 0 };
    const actor = await currentActor();
    expect(actor?.id).toBe(userId);
    await changePassword(actor!, { currentPassword: password, newPassword: "Harbor2026new", confirmPassword: "Harbor2026new" });
    expect(await currentActor()).toBeNull();
    session.current = { user: { id: userId }, sv: 1 };
    expect(await currentActor()).not.toBeNull();
  });

  it("refuses a password change with the wrong current password, changing nothing", async () => {
    const { userId } = await signUp();
    session.current = { user: { id: userId }, sv: 0 };
    const actor = (await currentActor())!;
    await expect(
      changePassword(actor, { currentPassword: "Nope12345", newPassword: "Harbor2026new", confirmPassword: "Harbor2026new" }),
    ).rejects.toMatchObject({
      message: "errors.password.currentWrong",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(0);
  });
});
