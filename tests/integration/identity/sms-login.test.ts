import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { authenticateBySmsCode, requestLoginCode } from "@/lib/server/accounts/sms-login";
import { authenticate } from "@/lib/server/auth/authenticate";
import { uniqueIdNumber } from "@/tests/integration/support/factories";
import { uniqueIp } from "@/tests/integration/support/sign-up";
import { lastCodeSentTo, uniqueMobile } from "@/tests/integration/support/sms";

const PASSWORD = "Lantern2025ok";

async function candidateWithMobile(verified = true) {
  const idNumber = uniqueIdNumber();
  const mobile = uniqueMobile();
  const user = await db.user.create({
    data: {
      kind: "CANDIDATE",
      login: idNumber,
      displayName: "赵磊",
      mobile,
      mobileVerifiedAt: verified ? new Date() : null,
      passwordHash: await hashPassword(PASSWORD),
    },
    select: { id: true },
  });
  await db.candidate.create({ data: { idNumber, name: "赵磊", mobile, userId: user.id } });
  return { idNumber, mobile, userId: user.id };
}

describe("login by SMS code (issue 10 item 4)", () => {
  it("the owner still gets in by SMS code while strangers hammer the password", async () => {
    const { idNumber, mobile, userId } = await candidateWithMobile();
    for (let i = 0; i < 40; i++) await authenticate(idNumber, `Wrong${i}pass`, `192.0.2.${i % 40}`);
    // The password is now refused even when right (the per-account limit), from a new address too.
    expect(await authenticate(idNumber, PASSWORD, uniqueIp())).toMatchObject({ ok: false });
    const ip = uniqueIp();
    await requestLoginCode(idNumber, ip);
    const code = await lastCodeSentTo(mobile);
    expect(await authenticateBySmsCode(idNumber, code!, ip)).toMatchObject({ ok: true, user: { id: userId } });
    expect(await db.auditLog.count({ where: { action: "auth.login.sms", entityId: userId } })).toBe(1);
  });

  it("a code is good for one login only", async () => {
    const { idNumber, mobile } = await candidateWithMobile();
    const ip = uniqueIp();
    await requestLoginCode(idNumber, ip);
    const code = (await lastCodeSentTo(mobile))!;
    expect((await authenticateBySmsCode(idNumber, code, ip)).ok).toBe(true);
    expect(await authenticateBySmsCode(idNumber, code, ip)).toEqual({ ok: false, reason: "invalid" });
  });

  it("sends nothing for an unknown ID number or an unverified mobile, with the same answer", async () => {
    const unverified = await candidateWithMobile(false);
    await expect(requestLoginCode(uniqueIdNumber(), uniqueIp())).resolves.toBeUndefined();
    await expect(requestLoginCode(unverified.idNumber, uniqueIp())).resolves.toBeUndefined();
    expect(await lastCodeSentTo(unverified.mobile)).toBeNull();
  });

  it("a disabled account gets no code", async () => {
    const { idNumber, mobile, userId } = await candidateWithMobile();
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    await requestLoginCode(idNumber, uniqueIp());
    expect(await lastCodeSentTo(mobile)).toBeNull();
  });

  it("has limits of its own per account, claimed before the code is checked", async () => {
    const { idNumber } = await candidateWithMobile();
    const results = await Promise.all(Array.from({ length: 25 }, () => authenticateBySmsCode(idNumber, "123456", uniqueIp())));
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(10);
  });
});
