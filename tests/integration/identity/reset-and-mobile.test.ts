import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { resetPasswordSchema } from "@/lib/schemas/identity-schema";
import { changeMobile, requestMobileChangeCode } from "@/lib/server/accounts/change-mobile";
import { requestPasswordResetCode, resetPassword } from "@/lib/server/accounts/reset-password";
import type { Actor } from "@/lib/server/auth/session";
import { uniqueIdNumber } from "@/tests/integration/support/factories";
import { uniqueIp } from "@/tests/integration/support/sign-up";
import { lastCodeSentTo, uniqueMobile } from "@/tests/integration/support/sms";

const PASSWORD = "Lantern2025ok";
const NEW_PASSWORD = "Harbor2026new";

async function candidate() {
  const idNumber = uniqueIdNumber();
  const mobile = uniqueMobile();
  const user = await db.user.create({
    data: {
      kind: "CANDIDATE",
      login: idNumber,
      displayName: "赵磊",
      mobile,
      mobileVerifiedAt: new Date(),
      passwordHash: await hashPassword(PASSWORD),
    },
    select: { id: true },
  });
  const c = await db.candidate.create({ data: { idNumber, name: "赵磊", mobile, userId: user.id }, select: { id: true } });
  const actor: Actor = { id: user.id, kind: "CANDIDATE", displayName: "赵磊", roles: [], institutionId: null, candidateId: c.id };
  return { idNumber, mobile, actor, candidateId: c.id };
}

const state = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, mobile: true } });

describe("password reset (issue 10 item 5)", () => {
  it("a code to the account's mobile and a new password: sessions end, audited", async () => {
    const { idNumber, mobile, actor } = await candidate();
    const ip = uniqueIp();
    await requestPasswordResetCode(idNumber, ip);
    const code = (await lastCodeSentTo(mobile))!;
    const input = resetPasswordSchema("2025-05-08").parse({
      idNumber,
      code,
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    await resetPassword(input, ip);
    const after = await state(actor.id);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(1);
    expect(await db.auditLog.count({ where: { action: "account.password.reset", entityId: actor.id } })).toBe(1);
  });

  it("a wrong code changes nothing; an unknown ID number gets the same answer", async () => {
    const { idNumber, actor } = await candidate();
    const before = await state(actor.id);
    const input = resetPasswordSchema("2025-05-08").parse({
      idNumber,
      code: "123456",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    await expect(resetPassword(input, uniqueIp())).rejects.toMatchObject({ message: "identity.otp.wrong" });
    const unknown = resetPasswordSchema("2025-05-08").parse({
      idNumber: uniqueIdNumber(),
      code: "123456",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    await expect(resetPassword(unknown, uniqueIp())).rejects.toMatchObject({ message: "identity.otp.wrong" });
    await expect(requestPasswordResetCode(uniqueIdNumber(), uniqueIp())).resolves.toBeUndefined();
    expect(await state(actor.id)).toEqual(before);
  });

  it("refuses a new password built from the account's mobile", async () => {
    const { idNumber, mobile } = await candidate();
    const ip = uniqueIp();
    await requestPasswordResetCode(idNumber, ip);
    const code = (await lastCodeSentTo(mobile))!;
    const weak = `z${mobile}`;
    const input = resetPasswordSchema("2025-05-08").parse({ idNumber, code, password: weak, confirmPassword: weak });
    await expect(resetPassword(input, ip)).rejects.toMatchObject({ message: "identity.password.personal" });
  });
});

describe("change of mobile (issue 10 item 5)", () => {
  it("needs the current password, proves the new number by code, ends sessions, tells the old number", async () => {
    const { mobile: old, actor, candidateId } = await candidate();
    const next = uniqueMobile();
    await expect(
      requestMobileChangeCode(actor, { mobile: next, currentPassword: "Wrong2025pass" }, uniqueIp()),
    ).rejects.toMatchObject({
      message: "errors.password.currentWrong",
    });
    expect(await lastCodeSentTo(next)).toBeNull();
    await requestMobileChangeCode(actor, { mobile: next, currentPassword: PASSWORD }, uniqueIp());
    const code = (await lastCodeSentTo(next))!;
    await changeMobile(actor, { mobile: next, code });
    expect(await state(actor.id)).toMatchObject({ mobile: next, sessionVersion: 1 });
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidateId } })).mobile).toBe(next);
    expect(await db.smsMessage.count({ where: { to: old, template: "notice" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "account.mobile.change", entityId: actor.id } })).toBe(1);
  });

  it("a code for one number does not change to another", async () => {
    const { actor } = await candidate();
    const next = uniqueMobile();
    await requestMobileChangeCode(actor, { mobile: next, currentPassword: PASSWORD }, uniqueIp());
    const code = (await lastCodeSentTo(next))!;
    await expect(changeMobile(actor, { mobile: uniqueMobile(), code })).rejects.toMatchObject({ message: "identity.otp.wrong" });
  });

  it("limits current-password checks before argon2 runs", async () => {
    const { actor } = await candidate();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        requestMobileChangeCode(actor, { mobile: uniqueMobile(), currentPassword: "Wrong2025pass" }, uniqueIp()),
      ),
    );
    const messages = results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : "ok"));
    expect(messages.filter((m) => m === "identity.mobile.tooMany")).toHaveLength(3);
  });
});
