import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { loginHash } from "@/lib/db-crypto/raw";
import { appealDecisionSchema, appealSchema } from "@/lib/schemas/appeal-schema";
import { decideAppeal } from "@/lib/server/appeals/decide-appeal";
import { getAppeal, listAppeals } from "@/lib/server/appeals/list-appeals";
import { readAppealFile } from "@/lib/server/appeals/read-appeal-file";
import { submitAppeal, type AppealUploads } from "@/lib/server/appeals/submit-appeal";
import { createStaff, uniqueIdNumber } from "@/tests/integration/support/factories";
import { uniqueIp } from "@/tests/integration/support/sign-up";
import { uniqueMobile } from "@/tests/integration/support/sms";
import { makeHtmlAsJpg, makeJpeg, sizeKb } from "@/tests/support/files";

let jpeg: Uint8Array;
beforeAll(async () => {
  jpeg = await makeJpeg({ width: 800, height: 500, targetBytes: sizeKb(120) });
});

const uploads = (): AppealUploads => ({
  idFront: { bytes: jpeg, name: "正面.jpg" },
  idBack: { bytes: jpeg, name: "反面.jpg" },
  holding: { bytes: jpeg, name: "手持.jpg" },
});

const APPEAL_PASSWORD = "Rightful2025own";

function appealForm(idNumber: string, contactMobile: string, name = "钱芳") {
  return appealSchema("2025-05-08").parse({
    name,
    idNumber,
    contactMobile,
    password: APPEAL_PASSWORD,
    confirmPassword: APPEAL_PASSWORD,
    sensitiveConsent: "on",
  });
}

/** A squatter signed up with someone else's ID number, and the record carries an application's history. */
async function squatted() {
  const idNumber = uniqueIdNumber();
  const squatterMobile = uniqueMobile();
  const squatter = await db.user.create({
    data: {
      kind: "CANDIDATE",
      login: idNumber,
      displayName: "孙伟",
      mobile: squatterMobile,
      passwordHash: await hashPassword("Squat2025pass"),
    },
    select: { id: true },
  });
  const record = await db.candidate.create({
    data: { idNumber, name: "孙伟", mobile: squatterMobile, userId: squatter.id },
    select: { id: true },
  });
  return { idNumber, squatterId: squatter.id, squatterMobile, candidateId: record.id };
}

describe("account appeals (issue 10 item 6)", () => {
  it("an approved appeal moves the record to the rightful person and disables the squatter; both are told; audited", async () => {
    const { idNumber, squatterId, squatterMobile, candidateId } = await squatted();
    const contact = uniqueMobile();
    const { appealId } = await submitAppeal(appealForm(idNumber, contact), uploads(), uniqueIp());
    const admin = await createStaff(["ADMIN"]);
    expect((await listAppeals(admin)).find((a) => a.id === appealId)).toMatchObject({ status: "PENDING", name: "钱芳" });

    await decideAppeal(admin, appealDecisionSchema.parse({ appealId, decision: "approve", reason: "证件与手持照片一致" }));

    const record = await db.candidate.findUniqueOrThrow({ where: { id: candidateId }, include: { user: true } });
    expect(record.userId).not.toBe(squatterId);
    expect(record).toMatchObject({ name: "钱芳", mobile: contact });
    expect(record.user).toMatchObject({ login: idNumber, displayName: "钱芳", disabledAt: null });
    expect(await verifyPassword(record.user!.passwordHash, APPEAL_PASSWORD)).toBe(true);

    const squatter = await db.user.findUniqueOrThrow({ where: { id: squatterId } });
    expect(squatter.disabledAt).toBeInstanceOf(Date);
    expect(squatter.sessionVersion).toBe(1);
    expect(squatter.login).not.toBe(idNumber);
    // The freed login names the appeal, not the ID number (it is stored plain: ADR 057), and keeps its hash.
    const [stored] = await db.$queryRaw<
      { l: string; h: string }[]
    >`SELECT login AS l, "loginHash" AS h FROM "User" WHERE id = ${squatterId}::uuid`;
    expect(stored).toEqual({ l: `appeal-${appealId}`, h: loginHash(`appeal-${appealId}`) });

    expect(await db.notification.count({ where: { userId: { in: [squatterId, record.userId!] } } })).toBe(2);
    expect(await db.smsMessage.count({ where: { to: { in: [squatterMobile, contact] }, template: "notice" } })).toBe(2);
    const actions = await db.auditLog.findMany({
      where: { OR: [{ entityId: appealId }, { entityId: squatterId, action: "account.disable" }] },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(["account.disable", "appeal.approve", "appeal.submit"]);
  });

  it("the person who lost the institution's mobile gets the unclaimed record", async () => {
    const idNumber = uniqueIdNumber();
    const record = await db.candidate.create({ data: { idNumber, name: "钱芳", mobile: uniqueMobile() }, select: { id: true } });
    const { appealId } = await submitAppeal(appealForm(idNumber, uniqueMobile()), uploads(), uniqueIp());
    await decideAppeal(await createStaff(["ADMIN"]), appealDecisionSchema.parse({ appealId, decision: "approve", reason: "" }));
    const after = await db.candidate.findUniqueOrThrow({
      where: { id: record.id },
      select: { user: { select: { login: true } } },
    });
    expect(after.user?.login).toBe(idNumber);
  });

  it("a rejection needs a reason, changes no account, and is decided once", async () => {
    const { idNumber, squatterId } = await squatted();
    const { appealId } = await submitAppeal(appealForm(idNumber, uniqueMobile()), uploads(), uniqueIp());
    const admin = await createStaff(["ADMIN"]);
    expect(appealDecisionSchema.safeParse({ appealId, decision: "reject", reason: "" }).success).toBe(false);
    await decideAppeal(admin, appealDecisionSchema.parse({ appealId, decision: "reject", reason: "手持照片看不清" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: squatterId } })).disabledAt).toBeNull();
    await expect(
      decideAppeal(admin, appealDecisionSchema.parse({ appealId, decision: "approve", reason: "" })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("two staff approving at once: one decision", async () => {
    const { idNumber } = await squatted();
    const { appealId } = await submitAppeal(appealForm(idNumber, uniqueMobile()), uploads(), uniqueIp());
    const [a, b] = [await createStaff(["ADMIN"]), await createStaff(["ADMIN"])];
    const results = await Promise.allSettled(
      [a, b].map((s) => decideAppeal(s, appealDecisionSchema.parse({ appealId, decision: "approve", reason: "" }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { login: idNumber } })).toBe(1);
  });

  it("only administrators see appeals and their files; every file read is audited", async () => {
    const { idNumber } = await squatted();
    const { appealId } = await submitAppeal(appealForm(idNumber, uniqueMobile()), uploads(), uniqueIp());
    const reviewer = await createStaff(["REVIEWER"]);
    await expect(listAppeals(reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readAppealFile(reviewer, appealId, "idFront")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await createStaff(["ADMIN"]);
    expect(await getAppeal(admin, appealId)).toMatchObject({ idNumber, onRecord: { holderLogin: "yes" } });
    const file = await readAppealFile(admin, appealId, "holding");
    expect(file?.mime).toBe("image/jpeg");
    expect(await db.auditLog.count({ where: { action: "appeal.file.read", entityId: appealId, actorId: admin.id } })).toBe(1);
  });

  it("refuses a file that is not an image or PDF", async () => {
    const { idNumber } = await squatted();
    const files = { ...uploads(), holding: { bytes: makeHtmlAsJpg(), name: "手持.jpg" } };
    await expect(submitAppeal(appealForm(idNumber, uniqueMobile()), files, uniqueIp())).rejects.toMatchObject({
      fieldErrors: { holding: [{ key: "identity.appeal.badFile" }] },
    });
  });
});
