import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idNumberHash, loginHash, nameHash } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import type { Actor } from "@/lib/server/auth/session";
import { readStaffFile } from "@/lib/server/privacy/read-staff-file";
import { decideCorrection, listPendingCorrections } from "@/lib/server/rights/decide-correction";
import { requestCorrection } from "@/lib/server/rights/request-correction";
import { makePdf, sizeKb } from "@/tests/support/files";
import { createCandidate, createStaff, uniqueIdNumber } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Issue 11, PIPL art. 46: a candidate asks to correct their name, ID number or mobile; the
// reviewer decides on the evidence; each request and answer is audited and told to the person.

const TODAY = "2025-05-08";
let reviewer: Actor;
let finance: Actor;
const scan = () => ({ bytes: makePdf(sizeKb(220)), name: "身份证.pdf" });

async function withFactor(roles: Actor["roles"]) {
  const actor = await createStaff(roles);
  await db.staffSecondFactor.create({
    data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  return actor;
}

beforeAll(async () => {
  await ensureCatalog();
  reviewer = await withFactor(["REVIEWER"]);
  finance = await withFactor(["FINANCE"]);
});

const inbox = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { title: true } });

describe("issue 11 corrections", () => {
  it("a name correction needs the ID card scan; the reviewer sees it, approves, and the record and login name change", async () => {
    const me = await createCandidate({ name: "王小名" });
    await expect(
      requestCorrection(me.actor, { field: "NAME", value: "王晓明", reason: "登记时输错", evidence: null }, TODAY),
    ).rejects.toMatchObject({ code: "INVALID", message: "privacy.errors.correctionEvidence" });
    const { id } = await requestCorrection(
      me.actor,
      { field: "NAME", value: "王晓明", reason: "登记时输错", evidence: scan() },
      TODAY,
    );
    await expect(
      requestCorrection(me.actor, { field: "NAME", value: "王晓明", reason: "再次", evidence: scan() }, TODAY),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const pending = (await listPendingCorrections(reviewer)).find((r) => r.id === id)!;
    expect(pending).toMatchObject({ field: "NAME", current: "王小名", requested: "王晓明" });
    await readStaffFile(reviewer, pending.evidenceFileId!);
    await expect(readStaffFile(finance, pending.evidenceFileId!)).rejects.toMatchObject({ code: "FORBIDDEN" });

    await decideCorrection(reviewer, id, { approve: true, answer: "" });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: me.candidateId }, select: { name: true } })).toEqual({
      name: "王晓明",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { displayName: true } })).toEqual({
      displayName: "王晓明",
    });
    await expect(decideCorrection(reviewer, id, { approve: false, answer: "重复" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await inbox(me.actor.id)).toEqual([{ title: "已收到您的信息更正申请" }, { title: "姓名已更正" }]);
    expect(
      (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } })).map(
        (r) => r.action,
      ),
    ).toEqual(["rights.correction.request", "file.view", "rights.correction.approve"]);
  });

  it("an ID number correction changes the login and ends sessions; one that belongs to another record is refused", async () => {
    const me = await createCandidate({ name: "改号码" });
    const right = uniqueIdNumber();
    const { id } = await requestCorrection(
      me.actor,
      { field: "ID_NUMBER", value: right, reason: "末位输错", evidence: scan() },
      TODAY,
    );
    await decideCorrection(reviewer, id, { approve: true, answer: "" });
    expect(
      await db.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { login: true, sessionVersion: true } }),
    ).toEqual({
      login: right,
      sessionVersion: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "rights.correction.approve" } });
    expect(JSON.stringify(audit.after)).not.toContain(right);

    const other = await createCandidate({ name: "另一人" });
    const taken = await requestCorrection(
      me.actor,
      { field: "ID_NUMBER", value: other.idNumber, reason: "x2", evidence: scan() },
      TODAY,
    );
    await expect(decideCorrection(reviewer, taken.id, { approve: true, answer: "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "privacy.errors.correctionIdTaken",
    });
  });

  it("stores the requested value encrypted; an approved correction moves the hash columns, so lookups find the new values only", async () => {
    const me = await createCandidate({ name: "旧名字" });
    const newId = uniqueIdNumber();
    const { id } = await requestCorrection(
      me.actor,
      { field: "ID_NUMBER", value: newId, reason: "末位输错", evidence: scan() },
      TODAY,
    );
    // A full ID number in the request: no plain copy in the table (ADR 057).
    const [stored] = await db.$queryRaw<
      { v: string }[]
    >`SELECT "requestedValue" AS v FROM "CorrectionRequest" WHERE id = ${id}::uuid`;
    expect(stored!.v).not.toContain(newId);
    expect(stored!.v).toMatch(/^pe1:/);
    await decideCorrection(reviewer, id, { approve: true, answer: "" });
    const named = await requestCorrection(me.actor, { field: "NAME", value: "新名字", reason: "改名", evidence: scan() }, TODAY);
    await decideCorrection(reviewer, named.id, { approve: true, answer: "" });

    const [row] = await db.$queryRaw<{ idh: string; nh: string; lh: string }[]>`
      SELECT c."idNumberHash" AS idh, c."nameHash" AS nh, u."loginHash" AS lh
      FROM "Candidate" c JOIN "User" u ON u.id = c."userId" WHERE c.id = ${me.candidateId}::uuid`;
    expect(row).toEqual({ idh: idNumberHash(newId), nh: nameHash("新名字"), lh: loginHash(newId) });
    expect(await db.candidate.count({ where: { idNumber: newId, name: "新名字" } })).toBe(1);
    expect(await db.candidate.count({ where: { OR: [{ idNumber: me.idNumber }, { name: "旧名字", id: me.candidateId }] } })).toBe(
      0,
    );
    expect(await db.user.findUnique({ where: { login: newId }, select: { id: true } })).toEqual({ id: me.actor.id });
    expect(await db.user.findUnique({ where: { login: me.idNumber }, select: { id: true } })).toBeNull();
  });

  it("a refusal needs its reason, which the person reads; invalid values are refused before any review", async () => {
    const me = await createCandidate({ name: "被拒绝" });
    await expect(
      requestCorrection(
        me.actor,
        { field: "ID_NUMBER", value: withCheckDigit("51010419900101123").slice(0, 17) + "Z", reason: "x2", evidence: scan() },
        TODAY,
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    const { id } = await requestCorrection(
      me.actor,
      { field: "MOBILE", value: "13912340000", reason: "换号了", evidence: null },
      TODAY,
    );
    await expect(decideCorrection(reviewer, id, { approve: false, answer: "" })).rejects.toMatchObject({ code: "INVALID" });
    await decideCorrection(reviewer, id, { approve: false, answer: "请先在运营商确认实名" });
    expect((await inbox(me.actor.id)).map((n) => n.title)).toEqual(["已收到您的信息更正申请", "手机号码更正申请未通过"]);
    await expect(decideCorrection(finance, id, { approve: true, answer: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
