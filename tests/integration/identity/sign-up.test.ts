import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signUpCodeSchema, signUpSchema } from "@/lib/schemas/account-schema";
import { registerCandidate } from "@/lib/server/accounts/register-candidate";
import { requestSignUpCode, SIGN_UP_LIMITS } from "@/lib/server/accounts/request-sign-up-code";
import { uniqueIdNumber } from "@/tests/integration/support/factories";
import { signUpWithCode, uniqueIp } from "@/tests/integration/support/sign-up";
import { lastCodeSentTo, uniqueMobile } from "@/tests/integration/support/sms";

const today = "2025-05-08";
const consents = { privacyConsent: "on", sensitiveConsent: "on" };

afterEach(() => {
  delete process.env.PORTAL_NOW;
});

async function institutionRecord(name = "钱芳") {
  const idNumber = uniqueIdNumber();
  const mobile = uniqueMobile();
  const candidate = await db.candidate.create({ data: { idNumber, name, mobile }, select: { id: true } });
  return { idNumber, mobile, name, candidateId: candidate.id };
}

const snapshot = (id: string) =>
  db.candidate.findUniqueOrThrow({ where: { id }, select: { name: true, mobile: true, userId: true } });

describe("sign-up with a verified mobile (issue 10 items 3 and 5)", () => {
  it("a registered person's ID number with another name: no code, no account, nothing on record changed", async () => {
    const record = await institutionRecord();
    const before = await snapshot(record.candidateId);
    const attackerMobile = uniqueMobile();
    await expect(signUpWithCode({ name: "孙伟", idNumber: record.idNumber, mobile: attackerMobile })).rejects.toMatchObject({
      message: "identity.otp.wrong",
    });
    expect(await snapshot(record.candidateId)).toEqual(before);
    expect(await db.user.count({ where: { login: record.idNumber } })).toBe(0);
    expect(await lastCodeSentTo(attackerMobile)).toBeNull();
    expect(await lastCodeSentTo(record.mobile)).toBeNull();
  });

  it("the right name: the code goes to the recorded mobile only, and the record keeps its mobile", async () => {
    const record = await institutionRecord();
    const typed = uniqueMobile();
    await expect(signUpWithCode({ name: record.name, idNumber: record.idNumber, mobile: typed })).rejects.toMatchObject({
      message: "identity.otp.wrong",
    });
    expect(await lastCodeSentTo(typed)).toBeNull();
    expect(await lastCodeSentTo(record.mobile)).toMatch(/^\d{6}$/);
    expect((await snapshot(record.candidateId)).userId).toBeNull();
  });

  it("the owner of the recorded mobile claims the record; nothing on record is overwritten", async () => {
    const record = await institutionRecord();
    const { userId } = await signUpWithCode(
      { name: record.name, idNumber: record.idNumber, mobile: uniqueMobile() },
      { codeTo: record.mobile },
    );
    expect(await snapshot(record.candidateId)).toEqual({ name: record.name, mobile: record.mobile, userId });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mobile: true } })).toEqual({
      mobile: record.mobile,
    });
    const consentKinds = await db.consent.findMany({ where: { userId }, select: { kind: true } });
    expect(consentKinds.map((c) => c.kind).sort()).toEqual(["PRIVACY_NOTICE", "SENSITIVE_SIGNUP"]);
    expect(await db.auditLog.count({ where: { action: "account.claim", entityId: userId } })).toBe(1);
  });

  it("answers the first step alike for a new, a registered and a mismatched ID number", async () => {
    const taken = await institutionRecord();
    await signUpWithCode({ name: taken.name, idNumber: taken.idNumber }, { codeTo: taken.mobile });
    const other = await institutionRecord();
    for (const [name, idNumber] of [
      ["赵磊", uniqueIdNumber()],
      [taken.name, taken.idNumber],
      ["孙伟", other.idNumber],
    ] as const) {
      const form = signUpCodeSchema(today).parse({ name, idNumber, mobile: uniqueMobile(), email: "", ...consents });
      await expect(requestSignUpCode(form, uniqueIp())).resolves.toBeUndefined();
    }
  });

  it("says 'already registered' only after the code is right, and before hashing", async () => {
    const idNumber = uniqueIdNumber();
    const mobile = uniqueMobile();
    await signUpWithCode({ name: "赵磊", idNumber, mobile });
    // Someone else with the same ID number cannot get a code at all: the answer stays "wrong code".
    await expect(signUpWithCode({ name: "赵磊", idNumber })).rejects.toMatchObject({ message: "identity.otp.wrong" });
  });

  it("refuses without both consents ticked", () => {
    const parsed = signUpCodeSchema(today).safeParse({
      name: "赵磊",
      idNumber: uniqueIdNumber(),
      mobile: "13800001111",
      email: "",
    });
    expect(parsed.error?.issues.map((i) => i.message).sort()).toEqual([
      "identity.signup.privacyConsentRequired",
      "identity.signup.sensitiveConsentRequired",
    ]);
  });

  it("limits sign-up attempts per address, counted before the code is checked or a password hashed", async () => {
    const ip = uniqueIp();
    const attempts = SIGN_UP_LIMITS.attempts.limit + 5;
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, () =>
        registerCandidate(
          signUpSchema(today).parse({
            name: "赵磊",
            idNumber: uniqueIdNumber(),
            mobile: "13800001111",
            email: "",
            ...consents,
            code: "123456",
            password: "Lantern2025ok",
            confirmPassword: "Lantern2025ok",
          }),
          ip,
        ),
      ),
    );
    const messages = results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : "ok"));
    expect(messages.filter((m) => m === "identity.signup.tooMany")).toHaveLength(attempts - SIGN_UP_LIMITS.attempts.limit);
  });
});
