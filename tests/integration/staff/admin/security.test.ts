import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { confirmTotpEnrollment, getSecondFactorStatus, startTotpEnrollment } from "@/lib/server/auth/totp-enrollment";
import { gateLogin, STAFF_IDLE_MS } from "@/lib/server/auth/totp-login";
import { totpCode, TOTP_STEP_SECONDS } from "@/lib/server/auth/totp";
import type { Actor } from "@/lib/server/auth/session";
import { createApplication, createCandidate, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { auditRows } from "../review/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
const { currentActor, requireRole } = await import("@/lib/server/auth/session");
const { GET } = await import("@/app/[locale]/staff/files/[fileId]/route");

beforeAll(ensureCatalog);
beforeEach(() => {
  session.current = null;
});

/** A staff user who enrolled: the secret and the actor. */
async function enrolled(roles: Actor["roles"]): Promise<{ actor: Actor; secret: string; recovery: string[] }> {
  const actor = await createStaff(roles);
  await startTotpEnrollment(actor);
  const status = await getSecondFactorStatus(actor);
  const secret = status.pending!.secret;
  const { recoveryCodes } = await confirmTotpEnrollment(
    actor,
    totpCode(secret, new Date(Date.now() - 60_000)),
    new Date(Date.now() - 60_000),
  );
  return { actor, secret, recovery: recoveryCodes };
}

function signIn(actor: Actor, sv = 0) {
  session.current = { user: { id: actor.id }, sv };
}

describe("ASVS L2 staff second factor (TOTP, RFC 6238)", () => {
  it("enrolls: a pending secret and otpauth URI, confirmed by a code, ten recovery codes", async () => {
    const actor = await createStaff(["REVIEWER"]);
    expect(await getSecondFactorStatus(actor)).toEqual({ enabled: false, enabledAt: null, pending: null, recoveryCodesLeft: 0 });
    await startTotpEnrollment(actor);
    const pending = (await getSecondFactorStatus(actor)).pending!;
    expect(pending.uri).toContain(`secret=${pending.secret}`);
    await expect(
      confirmTotpEnrollment(actor, "000000" === totpCode(pending.secret, new Date()) ? "111111" : "000000", new Date()),
    ).rejects.toMatchObject({ code: "INVALID" });
    const { recoveryCodes } = await confirmTotpEnrollment(actor, totpCode(pending.secret, new Date()), new Date());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db.staffSecondFactor.findUniqueOrThrow({ where: { userId: actor.id } });
    expect(stored.recoveryCodes.every((h) => h.startsWith("$argon2id$"))).toBe(true);
    expect(await getSecondFactorStatus(actor)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    await expect(startTotpEnrollment(actor)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await auditRows(actor.id)).map((r) => r.action)).toEqual(["auth.totp.enable"]);
    await expect(startTotpEnrollment((await createCandidate()).actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("login: refused without the code, with a wrong one, with a replayed one; audited when it works", async () => {
    const { actor, secret } = await enrolled(["FINANCE"]);
    expect(await gateLogin(actor.id, "", "192.0.2.1")).toEqual({ ok: false, reason: "required" });
    expect(await gateLogin(actor.id, "12345", "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    const code = totpCode(secret, new Date());
    expect(await gateLogin(actor.id, code, "192.0.2.1")).toMatchObject({ ok: true });
    expect(await gateLogin(actor.id, code, "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    const actions = (await auditRows(actor.id)).map((r) => r.action);
    expect(actions).toContain("auth.login");
    expect(actions.filter((a) => a === "auth.totp.fail")).toHaveLength(2);
  });

  it("a recovery code works once", async () => {
    const { actor, recovery } = await enrolled(["FINANCE"]);
    expect(await gateLogin(actor.id, recovery[0]!.toLowerCase(), "local")).toMatchObject({ ok: true });
    expect(await gateLogin(actor.id, recovery[0]!, "local")).toEqual({ ok: false, reason: "invalid" });
    expect((await db.staffSecondFactor.findUniqueOrThrow({ where: { userId: actor.id } })).recoveryCodes).toHaveLength(9);
  });

  it("five wrong codes lock the second step for a while", async () => {
    const { actor, secret } = await enrolled(["FINANCE"]);
    for (let i = 0; i < 5; i++) await gateLogin(actor.id, "000001", "local");
    expect(await gateLogin(actor.id, totpCode(secret, new Date(Date.now() + TOTP_STEP_SECONDS * 1000)), "local")).toEqual({
      ok: false,
      reason: "rate-limited",
    });
  });

  it("requireRole sends a staff user without a second factor to /staff/security", async () => {
    const fresh = await createStaff(["REVIEWER"]);
    signIn(fresh);
    await expect(requireRole("REVIEWER")).rejects.toThrow("NEXT_REDIRECT /staff/security");
    const { actor } = await enrolled(["REVIEWER"]);
    signIn(actor);
    await expect(requireRole("REVIEWER")).resolves.toMatchObject({ id: actor.id });
    await expect(requireRole("ADMIN")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("staff sessions end after 30 idle minutes", () => {
  it("an active session stays; an idle one ends and cannot come back", async () => {
    const { actor } = await enrolled(["REVIEWER"]);
    const gate = await gateLogin(actor.id, "", "local"); // no code: refused, nothing changes
    expect(gate.ok).toBe(false);
    await db.user.update({ where: { id: actor.id }, data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) } });
    signIn(actor);
    expect(await currentActor()).toMatchObject({ id: actor.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).lastSeenAt!.getTime()).toBeGreaterThan(
      Date.now() - 5_000,
    );
    await db.user.update({ where: { id: actor.id }, data: { lastSeenAt: new Date(Date.now() - STAFF_IDLE_MS - 1_000) } });
    expect(await currentActor()).toBeNull();
    await db.user.update({ where: { id: actor.id }, data: { lastSeenAt: new Date() } });
    expect(await currentActor()).toBeNull(); // the old JWT's session version is gone
  });

  it("a disabled account has no session", async () => {
    const { actor } = await enrolled(["REVIEWER"]);
    signIn(actor);
    expect(await currentActor()).not.toBeNull();
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    expect(await currentActor()).toBeNull();
  });
});

describe("the staff file route", () => {
  /** A candidate's scan: a file of an application's attachment (issue 11: orphan files are not served). */
  async function fileId(mime = "image/jpeg") {
    const file = await db.storedFile.create({
      data: { sha256: "0".repeat(64), mime, size: 3, originalName: "照片.jpg", data: new Uint8Array([1, 2, 3]) },
      select: { id: true },
    });
    const applicationId = await createApplication({
      candidateId: (await createCandidate()).candidateId,
      batchSeq: 5,
      withFiles: false,
    });
    await db.attachment.create({ data: { applicationId, kind: "PHOTO", fileId: file.id } });
    return file.id;
  }
  const get = (id: string, query = "") =>
    GET(new Request(`http://localhost/staff/files/${id}${query}`), { params: Promise.resolve({ fileId: id }) });

  it("serves staff with safe headers, always as a download (issue 6), images too", async () => {
    const id = await fileId();
    // Issue 11 (ADR 060): scans and photos are the reviewer's; other roles are refused.
    for (const role of ["FINANCE", "EXAM_OFFICER", "ADMIN"] as const) {
      signIn((await enrolled([role])).actor);
      expect((await get(id)).status, role).toBe(403);
    }
    for (const role of ["REVIEWER"] as const) {
      signIn((await enrolled([role])).actor);
      const response = await get(id);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
      expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; .*filename\*=UTF-8''%E7%85%A7%E7%89%87\.jpg$/);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    }
    for (const mime of ["image/png", "application/pdf"])
      expect((await get(await fileId(mime))).headers.get("content-disposition")).toMatch(/^attachment;/);
    const other = await fileId("text/html");
    const html = await get(other);
    expect(html.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(html.headers.get("content-type")).toBe("application/octet-stream");
  });

  it("refuses no session, candidates, staff without a second factor; unknown files are 404", async () => {
    const id = await fileId();
    expect((await get(id)).status).toBe(401);
    signIn((await createCandidate()).actor);
    expect((await get(id)).status).toBe(403);
    signIn(await createStaff(["REVIEWER"]));
    expect((await get(id)).status).toBe(403);
    signIn((await enrolled(["REVIEWER"])).actor);
    expect((await get(crypto.randomUUID())).status).toBe(404);
    expect((await get("x")).status).toBe(404);
  });
});
