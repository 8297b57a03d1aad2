import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { totpCode } from "@/lib/server/auth/totp";
import { confirmTotpEnrollment, getSecondFactorStatus, startTotpEnrollment } from "@/lib/server/auth/totp-enrollment";
import { gateLogin } from "@/lib/server/auth/totp-login";
import type { Actor } from "@/lib/server/auth/session";
import { ensureCatalog } from "@/tests/integration/support/seed";

// Issue 10: institution users hold hundreds of people's data, so they get the staff second
// factor (ADR 011): enrolment before any institution page or action, then password + code.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
const { requireInstitution } = await import("@/lib/server/auth/session");

let institutionId: string;
beforeAll(async () => {
  await ensureCatalog();
  institutionId = (await db.institution.findFirstOrThrow({ select: { id: true } })).id;
});
beforeEach(() => {
  session.current = null;
});

async function institutionUser(): Promise<Actor> {
  const user = await db.user.create({
    data: { kind: "INSTITUTION", login: `inst-${crypto.randomUUID()}`, displayName: "机构", passwordHash: "x", institutionId },
  });
  return { id: user.id, kind: "INSTITUTION", displayName: "机构", roles: [], institutionId, candidateId: null };
}

describe("issue 10: the institution second factor", () => {
  it("an institution user without one is sent to enroll before any institution action, enrolls, and is let in", async () => {
    const actor = await institutionUser();
    session.current = { user: { id: actor.id }, sv: 0 };
    await expect(requireInstitution()).rejects.toThrow("NEXT_REDIRECT /me/security");
    await startTotpEnrollment(actor);
    const secret = (await getSecondFactorStatus(actor)).pending!.secret;
    const at = new Date(Date.now() - 60_000);
    expect((await confirmTotpEnrollment(actor, totpCode(secret, at), at)).recoveryCodes).toHaveLength(10);
    await expect(requireInstitution()).resolves.toMatchObject({ id: actor.id, institutionId });
  });

  it("once enrolled, the login needs the code: none, a wrong one and a right one", async () => {
    const actor = await institutionUser();
    const secret = "JBSWY3DPEHPK3PXP";
    await db.staffSecondFactor.create({
      data: { userId: actor.id, totpSecret: secret, recoveryCodes: [], enabledAt: new Date() },
    });
    expect(await gateLogin(actor.id, "", "192.0.2.1")).toEqual({ ok: false, reason: "required" });
    const right = totpCode(secret, new Date());
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await gateLogin(actor.id, wrong, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await gateLogin(actor.id, right, "192.0.2.1")).toMatchObject({ ok: true });
    const audit = await db.auditLog.findMany({ where: { actorId: actor.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["auth.totp.fail", "auth.login"]));
  });
});
