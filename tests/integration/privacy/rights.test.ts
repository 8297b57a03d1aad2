import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { idNumberHash, loginHash, nameHash } from "@/lib/db-crypto/raw";
import { closeAccount } from "@/lib/server/rights/close-account";
import { exportMyData } from "@/lib/server/rights/export-my-data";
import { createApplication, createCandidate } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Issue 11, PIPL arts. 45 and 47: a copy of one's data (JSON + files, zip) and closing the
// account when nothing is in progress; each request is audited and told to the person.

const PASSWORD = "Passw0rdOk";

async function person(name: string) {
  const p = await createCandidate({ name });
  await db.user.update({
    where: { id: p.actor.id },
    data: { passwordHash: await hashPassword(PASSWORD), mobile: "13800001234" },
  });
  return p;
}

beforeAll(ensureCatalog);

describe("issue 11 people's rights", () => {
  it("a candidate downloads their data: data.json and their own files, nobody else's; audited and in the inbox", async () => {
    const me = await person("数据主体");
    const other = await person("别人");
    const mine = await createApplication({ candidateId: me.candidateId, batchSeq: 5, projectSeq: 1, status: "SUBMITTED" });
    await createApplication({ candidateId: other.candidateId, batchSeq: 5, projectSeq: 1, status: "SUBMITTED" });
    const { zip, fileName } = await exportMyData(me.actor);
    expect(fileName).toMatch(/\.zip$/);
    const entries = unzipSync(zip);
    const data = JSON.parse(strFromU8(entries["data.json"]!)) as {
      person: { name: string; idNumber: string };
      applications: { id: string; files: string[] }[];
    };
    expect(data.person).toMatchObject({ name: "数据主体", idNumber: me.idNumber });
    expect(data.applications.map((a) => a.id)).toEqual([mine]);
    const files = Object.keys(entries).filter((k) => k.startsWith("files/"));
    expect(files).toHaveLength(6);
    expect(files.every((f) => f.startsWith(`files/${mine}/`))).toBe(true);
    const text = strFromU8(entries["data.json"]!);
    expect(text).not.toContain(other.idNumber);
    expect(await db.auditLog.count({ where: { actorId: me.actor.id, action: "rights.export" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: me.actor.id, title: "已导出您的个人信息" } })).toBe(1);
  });

  it("closing is refused while an application is in progress, and with a wrong password", async () => {
    const me = await person("进行中");
    await createApplication({ candidateId: me.candidateId, batchSeq: 5, projectSeq: 1, status: "APPROVED" });
    await expect(closeAccount(me.actor, "WrongPass1")).rejects.toMatchObject({ code: "INVALID" });
    await expect(closeAccount(me.actor, PASSWORD)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "privacy.errors.closeInProgress",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { disabledAt: true } })).toEqual({
      disabledAt: null,
    });
  });

  it("closing ends the login, deletes contact data, inbox and drafts with files, keeps the register", async () => {
    const me = await person("要注销");
    const draft = await createApplication({ candidateId: me.candidateId, batchSeq: 5, projectSeq: 2, status: "DRAFT" });
    const done = await createApplication({ candidateId: me.candidateId, batchSeq: 4, projectSeq: 1, status: "REJECTED" });
    const draftFiles = (await db.attachment.findMany({ where: { applicationId: draft }, select: { fileId: true } })).map(
      (a) => a.fileId,
    );
    await db.notification.create({ data: { userId: me.actor.id, title: "t", body: "b" } });

    await closeAccount(me.actor, PASSWORD);

    const user = await db.user.findUniqueOrThrow({
      where: { id: me.actor.id },
      select: { login: true, mobile: true, disabledAt: true, sessionVersion: true, passwordHash: true },
    });
    expect(user.login).not.toBe(me.idNumber);
    expect(user).toMatchObject({ mobile: null, sessionVersion: 1, passwordHash: "!closed" });
    expect(user.disabledAt).not.toBeNull();
    expect(await db.notification.count({ where: { userId: me.actor.id } })).toBe(0);
    expect(await db.application.count({ where: { id: draft } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: { in: draftFiles } } })).toBe(0);
    expect(await db.application.count({ where: { id: done } })).toBe(1);
    expect(await db.candidate.findUniqueOrThrow({ where: { id: me.candidateId }, select: { name: true, userId: true } })).toEqual(
      {
        name: "要注销",
        userId: null,
      },
    );
    expect(await db.auditLog.count({ where: { actorId: me.actor.id, action: "rights.close" } })).toBe(1);
    // The hash columns follow (ADR 057, 061): the login's hash is the closed login's, so the ID number
    // is free to sign up again; the register keeps the name and ID number with their hashes.
    const [row] = await db.$queryRaw<{ login: string; lh: string; idh: string; nh: string }[]>`
      SELECT u.login, u."loginHash" AS lh, c."idNumberHash" AS idh, c."nameHash" AS nh
      FROM "User" u, "Candidate" c WHERE u.id = ${me.actor.id}::uuid AND c.id = ${me.candidateId}::uuid`;
    expect(row).toEqual({
      login: `closed:${me.actor.id}`,
      lh: loginHash(`closed:${me.actor.id}`),
      idh: idNumberHash(me.idNumber),
      nh: nameHash("要注销"),
    });
    expect(await db.user.findUnique({ where: { login: me.idNumber }, select: { id: true } })).toBeNull();
  });
});
