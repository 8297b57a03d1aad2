import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueCode, OTP_LIMITS, verifyCode } from "@/lib/server/otp/one-time-code";
import { lastCodeSentTo, uniqueMobile } from "@/tests/integration/support/sms";

const T0 = "2025-05-08T10:00:00+08:00";
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}-${Date.now()}`;

afterEach(() => {
  delete process.env.PORTAL_NOW;
});

async function issue(subject: string, mobile = uniqueMobile()) {
  await issueCode({ purpose: "SIGNUP", subject, mobile, ip: freshIp() });
  const code = await lastCodeSentTo(mobile);
  expect(code).toMatch(/^\d{6}$/);
  return { mobile, code: code! };
}

describe("one-time codes (issue 10)", () => {
  it("stores only a hash of the code", async () => {
    const subject = `s-${crypto.randomUUID()}`;
    const { code } = await issue(subject);
    const row = await db.oneTimeCode.findFirstOrThrow({ where: { subject }, select: { codeHash: true } });
    expect(row.codeHash).not.toContain(code);
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is spent by its first use; a second use is refused", async () => {
    const subject = `s-${crypto.randomUUID()}`;
    const { code, mobile } = await issue(subject);
    expect(await verifyCode("SIGNUP", subject, code)).toEqual({ ok: true, mobile });
    expect(await verifyCode("SIGNUP", subject, code)).toEqual({ ok: false });
  });

  it("proves nothing for another purpose or subject", async () => {
    const subject = `s-${crypto.randomUUID()}`;
    const { code } = await issue(subject);
    expect(await verifyCode("PASSWORD_RESET", subject, code)).toEqual({ ok: false });
    expect(await verifyCode("SIGNUP", `${subject}-x`, code)).toEqual({ ok: false });
    expect((await verifyCode("SIGNUP", subject, code)).ok).toBe(true);
  });

  it("expires after 5 minutes on the portal's one clock", async () => {
    process.env.PORTAL_NOW = T0;
    const subject = `s-${crypto.randomUUID()}`;
    const { code } = await issue(subject);
    process.env.PORTAL_NOW = "2025-05-08T10:05:01+08:00";
    expect(await verifyCode("SIGNUP", subject, code)).toEqual({ ok: false });
  });

  it("accepts it just before the 5 minutes are up", async () => {
    process.env.PORTAL_NOW = T0;
    const subject = `s-${crypto.randomUUID()}`;
    const { code } = await issue(subject);
    process.env.PORTAL_NOW = "2025-05-08T10:04:59+08:00";
    expect((await verifyCode("SIGNUP", subject, code)).ok).toBe(true);
  });

  it("dies after 5 wrong codes, even for the right one", async () => {
    const subject = `s-${crypto.randomUUID()}`;
    const { code } = await issue(subject);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) expect((await verifyCode("SIGNUP", subject, wrong)).ok).toBe(false);
    expect(await verifyCode("SIGNUP", subject, code)).toEqual({ ok: false });
  });

  it("parallel verifications of one code: exactly one succeeds", async () => {
    const subject = `s-${crypto.randomUUID()}`;
    const { code } = await issue(subject);
    const results = await Promise.all(Array.from({ length: 20 }, () => verifyCode("SIGNUP", subject, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("only the newest code counts", async () => {
    const subject = `s-${crypto.randomUUID()}`;
    const mobile = uniqueMobile();
    process.env.PORTAL_NOW = T0;
    const first = await issue(subject, mobile);
    process.env.PORTAL_NOW = "2025-05-08T10:01:01+08:00";
    const second = await issue(subject, mobile);
    if (first.code !== second.code) expect((await verifyCode("SIGNUP", subject, first.code)).ok).toBe(false);
    expect((await verifyCode("SIGNUP", subject, second.code)).ok).toBe(true);
  });

  it("only the newest code counts, also when a pinned clock gives both the same instant", async () => {
    process.env.PORTAL_NOW = T0;
    const subject = `s-${crypto.randomUUID()}`;
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(await issue(subject));
    for (const earlier of codes.slice(0, -1)) expect((await verifyCode("SIGNUP", subject, earlier.code)).ok).toBe(false);
    expect((await verifyCode("SIGNUP", subject, codes.at(-1)!.code)).ok).toBe(true);
  });

  it("limits codes per number before sending: one a minute", async () => {
    const mobile = uniqueMobile();
    await issue(`s-${crypto.randomUUID()}`, mobile);
    await expect(
      issueCode({ purpose: "SIGNUP", subject: `s-${crypto.randomUUID()}`, mobile, ip: freshIp() }),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "identity.otp.tooMany",
    });
    expect(await db.smsMessage.count({ where: { to: mobile } })).toBe(1);
  });

  it("limits codes per address, counted before sending even when requests arrive together", async () => {
    const ip = freshIp();
    const tries = OTP_LIMITS.ipHour.limit + 10;
    const mobiles = Array.from({ length: tries }, () => uniqueMobile());
    const results = await Promise.allSettled(
      mobiles.map((mobile) => issueCode({ purpose: "SIGNUP", subject: `s-${crypto.randomUUID()}`, mobile, ip })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(OTP_LIMITS.ipHour.limit);
    expect(await db.smsMessage.count({ where: { to: { in: mobiles } } })).toBe(OTP_LIMITS.ipHour.limit);
  });
});
