import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/server/accounts/change-password";
import { createUser } from "@/lib/server/admin/manage-users";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

// ADR 051: an account an administrator made keeps the password the administrator typed until
// its owner changes it; until then every staff or institution page and action sends them there.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (href: string) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
const { sessionActor: currentActor, requireInstitution, requireRole } = await import("@/lib/server/auth/session");

let admin: Actor;
const unique = () => Math.random().toString(36).slice(2, 8);
const TEMPORARY = "Temp2025pass";

beforeAll(async () => {
  await ensureCatalog();
  admin = await createStaff(["ADMIN"]);
});
beforeEach(() => {
  session.current = null;
});

async function signedIn(id: string): Promise<Actor> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
  session.current = { user: { id }, sv: sessionVersion };
  const actor = await currentActor();
  if (!actor) throw new Error("not signed in");
  return actor;
}

describe("a temporary password from the administrator (ASVS 2.1)", () => {
  it("a new staff user is sent to change it before any staff action, then works normally", async () => {
    const { id } = await createUser(admin, {
      kind: "STAFF",
      login: `rev${unique()}`,
      displayName: "新审核员",
      roles: ["REVIEWER"],
      password: TEMPORARY,
    });
    await db.staffSecondFactor.create({
      data: { userId: id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
    const actor = await signedIn(id);
    expect(actor.mustChangePassword).toBe(true);
    await expect(requireRole("REVIEWER")).rejects.toThrow("NEXT_REDIRECT /me/password");

    await changePassword(actor, { currentPassword: TEMPORARY, newPassword: "Mine2025pass", confirmPassword: "Mine2025pass" });
    // The change ends every session (new session version); the next login is a normal one.
    expect(await currentActor()).toBeNull();
    await signedIn(id);
    await expect(requireRole("REVIEWER")).resolves.toMatchObject({ id, mustChangePassword: false });
  });

  it("a new institution user likewise; candidates and seeded accounts never carry the flag", async () => {
    const institution = await db.institution.findFirstOrThrow({ select: { id: true } });
    const { id } = await createUser(admin, {
      kind: "INSTITUTION",
      institutionId: institution.id,
      login: `inst${unique()}`,
      displayName: "机构新账号",
      password: TEMPORARY,
    });
    await db.staffSecondFactor.create({
      data: { userId: id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
    const actor = await signedIn(id);
    await expect(requireInstitution()).rejects.toThrow("NEXT_REDIRECT /me/password");
    await changePassword(actor, { currentPassword: TEMPORARY, newPassword: "Mine2025pass", confirmPassword: "Mine2025pass" });
    await signedIn(id);
    await expect(requireInstitution()).resolves.toMatchObject({ id, institutionId: institution.id });

    expect(await db.user.count({ where: { mustChangePassword: true, kind: "CANDIDATE" } })).toBe(0);
  });
});
