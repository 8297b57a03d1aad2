import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/current-actor";
import { authenticateByPasskey, startPasskeyLogin } from "@/lib/server/passkeys/passkey-login";
import {
  finishPasskeyRegistration,
  listPasskeys,
  removePasskey,
  startPasskeyRegistration,
} from "@/lib/server/passkeys/register-passkey";
import { uniqueIdNumber } from "@/tests/integration/support/factories";
import { uniqueIp } from "@/tests/integration/support/sign-up";
import { SoftAuthenticator } from "@/tests/integration/support/soft-authenticator";

const RP = { rpID: "portal.example.gov.cn", origin: "https://portal.example.gov.cn" };

async function candidate(name = "钱小敏"): Promise<Actor> {
  const idNumber = uniqueIdNumber();
  const user = await db.user.create({
    data: { kind: "CANDIDATE", login: idNumber, displayName: name, passwordHash: await hashPassword("Lantern2025ok") },
    select: { id: true },
  });
  const c = await db.candidate.create({ data: { idNumber, name, userId: user.id }, select: { id: true } });
  return { id: user.id, kind: "CANDIDATE", displayName: name, roles: [], institutionId: null, candidateId: c.id };
}

/** Registers a fresh software authenticator for `actor` through both use cases. */
async function withPasskey(actor: Actor, name = "我的手机") {
  const device = new SoftAuthenticator(RP.rpID, RP.origin);
  const { options, challengeId } = await startPasskeyRegistration(actor, RP);
  const added = await finishPasskeyRegistration(actor, { challengeId, name, response: device.register(options.challenge) }, RP);
  return { device, added };
}

async function login(device: SoftAuthenticator, userHandle: string, tweak: Parameters<SoftAuthenticator["assert"]>[2] = {}) {
  const ip = uniqueIp();
  const { options, challengeId } = await startPasskeyLogin(ip, RP);
  return authenticateByPasskey(challengeId, device.assert(options.challenge, userHandle, tweak), ip, RP);
}

describe("passkey registration (issue 16 item 9, ADR 114)", () => {
  it("asks for a discoverable credential with user verification, keyed by the account id, not the ID number", async () => {
    const actor = await candidate();
    const { options } = await startPasskeyRegistration(actor, RP);
    expect(options.rp).toEqual({ id: RP.rpID, name: "四川省职业技能鉴定报名平台" });
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "required", userVerification: "required" });
    expect(Buffer.from(options.user.id, "base64url").toString("utf8")).toBe(actor.id);
    expect(options.attestation).toBe("none");
  });

  it("keeps a verified credential under its name, lists it, audits it and excludes it next time", async () => {
    const actor = await candidate();
    const { device, added } = await withPasskey(actor, "  我的华为手机 ");
    expect(added.name).toBe("我的华为手机");
    const row = await db.passkey.findUniqueOrThrow({ where: { credentialId: device.id } });
    expect(row).toMatchObject({ userId: actor.id, counter: 0n, transports: ["internal"], lastUsedAt: null });
    expect(row.publicKey.length).toBeGreaterThan(60);
    expect((await listPasskeys(actor)).map((p) => p.name)).toEqual(["我的华为手机"]);
    expect(await db.auditLog.count({ where: { action: "auth.passkey.add", entityId: actor.id } })).toBe(1);
    const again = await startPasskeyRegistration(actor, RP);
    expect(again.options.excludeCredentials?.map((c) => c.id)).toEqual([device.id]);
  });

  it("refuses an answer for another origin, another RP ID, another challenge or without user verification", async () => {
    const actor = await candidate();
    const device = new SoftAuthenticator(RP.rpID, RP.origin);
    const cases: Parameters<SoftAuthenticator["register"]>[1][] = [
      { origin: "https://phish.example.com" },
      { rpID: "phish.example.com" },
      { userVerified: false },
    ];
    for (const tweak of cases) {
      const { options, challengeId } = await startPasskeyRegistration(actor, RP);
      await expect(
        finishPasskeyRegistration(actor, { challengeId, name: "手机", response: device.register(options.challenge, tweak) }, RP),
      ).rejects.toMatchObject({ code: "INVALID", message: "passkeys.errors.notVerified" });
    }
    const first = await startPasskeyRegistration(actor, RP);
    const second = await startPasskeyRegistration(actor, RP);
    await expect(
      finishPasskeyRegistration(
        actor,
        { challengeId: second.challengeId, name: "手机", response: device.register(first.options.challenge) },
        RP,
      ),
    ).rejects.toMatchObject({ message: "passkeys.errors.notVerified" });
    expect(await db.passkey.count({ where: { userId: actor.id } })).toBe(0);
  });

  it("spends a challenge once, only for the user it was made for, and not after it expired", async () => {
    const [owner, other] = [await candidate(), await candidate("孙立")];
    const device = new SoftAuthenticator(RP.rpID, RP.origin);
    const { options, challengeId } = await startPasskeyRegistration(owner, RP);
    const response = device.register(options.challenge);
    await expect(finishPasskeyRegistration(other, { challengeId, name: "手机", response }, RP)).rejects.toMatchObject({
      message: "passkeys.errors.expired",
    });
    await finishPasskeyRegistration(owner, { challengeId, name: "手机", response }, RP);
    await expect(finishPasskeyRegistration(owner, { challengeId, name: "手机", response }, RP)).rejects.toMatchObject({
      message: "passkeys.errors.expired",
    });
    const late = await startPasskeyRegistration(owner, RP);
    await db.passkeyChallenge.update({ where: { id: late.challengeId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const device2 = new SoftAuthenticator(RP.rpID, RP.origin);
    await expect(
      finishPasskeyRegistration(
        owner,
        { challengeId: late.challengeId, name: "平板", response: device2.register(late.options.challenge) },
        RP,
      ),
    ).rejects.toMatchObject({ message: "passkeys.errors.expired" });
  });

  it("will not give one credential to a second account, nor let anyone remove another's passkey", async () => {
    const [owner, other] = [await candidate(), await candidate("孙立")];
    const { device, added } = await withPasskey(owner);
    const { options, challengeId } = await startPasskeyRegistration(other, RP);
    await expect(
      finishPasskeyRegistration(other, { challengeId, name: "借来的", response: device.register(options.challenge) }, RP),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(removePasskey(other, added.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.passkey.count({ where: { credentialId: device.id } })).toBe(1);
    await removePasskey(owner, added.id);
    expect(await listPasskeys(owner)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "auth.passkey.remove", entityId: owner.id } })).toBe(1);
  });

  it("is for candidates only, and for signed-in ones", async () => {
    const staff: Actor = {
      id: crypto.randomUUID(),
      kind: "STAFF",
      displayName: "审核员",
      roles: [],
      institutionId: null,
      candidateId: null,
    };
    await expect(startPasskeyRegistration(staff, RP)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startPasskeyRegistration(null, RP)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("login with a passkey (issue 16 item 9, ADR 114)", () => {
  it("signs the owner in, moves the counter on, records the use and audits the login", async () => {
    const actor = await candidate();
    const { device } = await withPasskey(actor);
    device.counter = 7;
    expect(await login(device, actor.id)).toMatchObject({ ok: true, user: { id: actor.id, kind: "CANDIDATE" } });
    const row = await db.passkey.findUniqueOrThrow({ where: { credentialId: device.id } });
    expect(row.counter).toBe(7n);
    expect(row.lastUsedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.login.passkey", entityId: actor.id } })).toBe(1);
  });

  it("asks for user verification and lists no credentials (the phone offers its own)", async () => {
    const { options } = await startPasskeyLogin(uniqueIp(), RP);
    expect(options).toMatchObject({ rpId: RP.rpID, userVerification: "required" });
    expect(options.allowCredentials ?? []).toEqual([]);
  });

  it("refuses a counter that did not grow (a cloned authenticator)", async () => {
    const actor = await candidate();
    const { device } = await withPasskey(actor);
    device.counter = 3;
    expect((await login(device, actor.id)).ok).toBe(true);
    expect(await login(device, actor.id)).toEqual({ ok: false, reason: "invalid" });
    device.counter = 2;
    expect(await login(device, actor.id)).toEqual({ ok: false, reason: "invalid" });
    device.counter = 4;
    expect((await login(device, actor.id)).ok).toBe(true);
  });

  it("refuses another origin, another RP ID, no user verification and a key it does not know", async () => {
    const actor = await candidate();
    const { device } = await withPasskey(actor);
    expect(await login(device, actor.id, { origin: "https://phish.example.com" })).toEqual({ ok: false, reason: "invalid" });
    expect(await login(device, actor.id, { rpID: "phish.example.com" })).toEqual({ ok: false, reason: "invalid" });
    expect(await login(device, actor.id, { userVerified: false })).toEqual({ ok: false, reason: "invalid" });
    const stranger = new SoftAuthenticator(RP.rpID, RP.origin);
    expect(await login(stranger, actor.id)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditLog.count({ where: { action: "auth.login.passkey", entityId: actor.id } })).toBe(0);
  });

  it("refuses another user's credential: a key signing as someone else, or one account's handle on another's key", async () => {
    const [owner, victim] = [await candidate(), await candidate("孙立")];
    const mine = await withPasskey(owner);
    const theirs = await withPasskey(victim);
    // The owner's own key, presented with the victim's credential id: the victim's public key does not match.
    expect(await login(mine.device, victim.id, { credentialId: theirs.device.id })).toEqual({ ok: false, reason: "invalid" });
    // The owner's key and credential, claiming to be the victim.
    expect(await login(mine.device, victim.id)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditLog.count({ where: { action: "auth.login.passkey", entityId: victim.id } })).toBe(0);
  });

  it("answers one challenge once, and not a wrong or expired one", async () => {
    const actor = await candidate();
    const { device } = await withPasskey(actor);
    const ip = uniqueIp();
    const { options, challengeId } = await startPasskeyLogin(ip, RP);
    device.counter = 1;
    const assertion = device.assert(options.challenge, actor.id);
    expect((await authenticateByPasskey(challengeId, assertion, ip, RP)).ok).toBe(true);
    device.counter = 2;
    const replay = device.assert(options.challenge, actor.id);
    expect(await authenticateByPasskey(challengeId, replay, ip, RP)).toEqual({ ok: false, reason: "invalid" });
    // A challenge the server made for someone else's browser is not this one's.
    const other = await startPasskeyLogin(ip, RP);
    const mine = await startPasskeyLogin(ip, RP);
    device.counter = 3;
    const signedForOther = device.assert(other.options.challenge, actor.id);
    expect(await authenticateByPasskey(mine.challengeId, signedForOther, ip, RP)).toEqual({ ok: false, reason: "invalid" });
    const late = await startPasskeyLogin(ip, RP);
    await db.passkeyChallenge.update({ where: { id: late.challengeId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    device.counter = 4;
    expect(await authenticateByPasskey(late.challengeId, device.assert(late.options.challenge, actor.id), ip, RP)).toEqual({
      ok: false,
      reason: "invalid",
    });
    // A registration challenge does not open a login.
    const reg = await startPasskeyRegistration(actor, RP);
    device.counter = 5;
    expect(await authenticateByPasskey(reg.challengeId, device.assert(reg.options.challenge, actor.id), ip, RP)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("a disabled account does not get in with its passkey", async () => {
    const actor = await candidate();
    const { device } = await withPasskey(actor);
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    device.counter = 1;
    expect(await login(device, actor.id)).toEqual({ ok: false, reason: "invalid" });
  });

  it("claims the per-address limit before any check", async () => {
    const ip = uniqueIp();
    const results = await Promise.all(
      Array.from({ length: 35 }, () =>
        authenticateByPasskey(crypto.randomUUID(), { id: "x", rawId: "x", type: "public-key" } as never, ip, RP),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(30);
  });
});
