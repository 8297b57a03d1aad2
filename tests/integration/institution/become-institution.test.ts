import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { creditCodeCheckChar } from "@/lib/domain/credit-code";
import { institutionApplicationSchema } from "@/lib/schemas/institution-application-schema";
import { listInstitutions } from "@/lib/server/catalog/list-institutions";
import {
  INSTITUTION_APPLY_LIMIT,
  followInstitutionApplication,
  resubmitInstitutionApplication,
  submitInstitutionApplication,
} from "@/lib/server/institution-applications/institution-applications";
import { decideInstitutionApplication } from "@/lib/server/institution-applications/decide-institution-application";
import { listInstitutionApplications } from "@/lib/server/institution-applications/list-institution-applications";
import { readStaffFile } from "@/lib/server/privacy/read-staff-file";
import { makePdf, sizeKb } from "@/tests/support/files";
import { createStaff } from "../support/factories";
import { ensureCatalog } from "../support/seed";

/**
 * Issue 13 item 8 (四(一)1): an organisation could not apply to become a registration
 * institution; only an administrator could create one. Now it applies on a public form (GB 32100
 * credit code, kind of body, address, contact, projects, qualification scans), limited per
 * address; the administrator approves (institution, projects, first account with a temporary
 * password), returns or rejects with reasons, audited; the public list shows the new institution.
 */
const AT = new Date("2025-04-01T02:00:00Z");
let seq = 0;
const code = () => {
  const first17 = `915101007${String(Date.now() % 1e7).padStart(7, "0")}${++seq % 10}`;
  return first17 + creditCodeCheckChar(first17)!;
};
const ip = () => `198.51.100.${++seq}-${process.pid}-${Date.now()}`;

function form(overrides: Record<string, unknown> = {}) {
  return institutionApplicationSchema.parse({
    organization: `成都某某职业培训学校${++seq}${Date.now() % 100000}`,
    creditCode: code(),
    bodyKind: "SCHOOL",
    address: "成都市锦江区东大街100号",
    contactName: "王𠮷",
    contactMobile: "13800138000",
    contactEmail: "",
    projectSeqs: ["3", "4"],
    ...overrides,
  });
}
const scan = () => [{ bytes: makePdf(sizeKb(300)), name: "办学许可证.pdf" }];

async function admin() {
  const actor = await createStaff(["ADMIN"]);
  await db.staffSecondFactor.create({
    data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  return actor;
}

beforeAll(ensureCatalog);

describe("becoming a registration institution (四(一)1, issue 13 item 8)", () => {
  it("the form checks the credit code's GB 32100 check character and the kind of body", () => {
    const bad = institutionApplicationSchema.safeParse({ ...form(), creditCode: "91350100M000100Y44", projectSeqs: ["3"] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toContain("institutionApply.errors.creditCode");
    expect(
      institutionApplicationSchema.safeParse({ ...form(), bodyKind: "BANK", projectSeqs: ["3"] }).error?.issues[0]?.message,
    ).toBe("institutionApply.errors.bodyKind");
  });

  it("approval creates the institution, its projects and a first account on a temporary password; the public list shows it", async () => {
    const input = form();
    const { reference } = await submitInstitutionApplication(input, scan(), ip(), AT);
    expect(reference).toMatch(/^SQ[2-9A-Z]{8}$/);
    expect(await followInstitutionApplication(reference, "13800138000", ip(), AT)).toMatchObject({
      status: "SUBMITTED",
      organization: input.organization,
    });
    // Someone without the contact's mobile learns nothing.
    await expect(followInstitutionApplication(reference, "13900000000", ip(), AT)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const staff = await admin();
    const listed = (await listInstitutionApplications(staff)).find((a) => a.reference === reference)!;
    expect(listed).toMatchObject({ status: "SUBMITTED", contactName: "王𠮷", projects: [{ seq: 3 }, { seq: 4 }] });
    const file = await readStaffFile(staff, listed.documents[0]!.fileId);
    expect(file.mime).toBe("application/pdf");
    // The contact person is encrypted at rest.
    const [raw] = await db.$queryRawUnsafe<{ cipher: string }[]>(
      `SELECT "contactName" AS cipher FROM "InstitutionApplication" WHERE reference = $1`,
      reference,
    );
    expect(raw?.cipher).not.toContain("王");

    const result = await decideInstitutionApplication(staff, listed.id, { decision: "approve" }, AT);
    expect(result).toMatchObject({ status: "APPROVED", login: `jg-${reference.toLowerCase()}` });
    const institution = await db.institution.findUniqueOrThrow({
      where: { id: result.institutionId! },
      select: { name: true, active: true, projects: { select: { project: { select: { seq: true } } } } },
    });
    expect(institution).toMatchObject({ name: input.organization, active: true });
    expect(institution.projects.map((p) => p.project.seq).sort()).toEqual([3, 4]);
    const user = await db.user.findFirstOrThrow({ where: { institutionId: result.institutionId! } });
    expect(user).toMatchObject({ kind: "INSTITUTION", mustChangePassword: true, login: result.login });
    expect(await verifyPassword(user.passwordHash, result.temporaryPassword!)).toBe(true);
    // No second factor yet: the account enrolls one at first login, as every institution account.
    expect(await db.staffSecondFactor.count({ where: { userId: user.id } })).toBe(0);
    expect((await listInstitutions()).map((i) => i.name)).toContain(input.organization);
    expect(
      await db.auditLog.count({ where: { actorId: staff.id, action: "institution-application.approve", entityId: listed.id } }),
    ).toBe(1);
    // Decided once.
    await expect(
      decideInstitutionApplication(staff, listed.id, { decision: "reject", reason: "重复处理" }, AT),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("return with reasons, corrected and sent again under the same reference; reject with reasons", async () => {
    const staff = await admin();
    const input = form();
    const { reference } = await submitInstitutionApplication(input, scan(), ip(), AT);
    const id = (await listInstitutionApplications(staff)).find((a) => a.reference === reference)!.id;
    await expect(decideInstitutionApplication(staff, id, { decision: "return", reason: "" }, AT)).rejects.toMatchObject({
      code: "INVALID",
    });
    await decideInstitutionApplication(staff, id, { decision: "return", reason: "请补充上传加盖公章的营业执照扫描件。" }, AT);
    expect(await followInstitutionApplication(reference, "13800138000", ip(), AT)).toMatchObject({
      status: "RETURNED",
      reason: "请补充上传加盖公章的营业执照扫描件。",
    });
    await resubmitInstitutionApplication(reference, "13800138000", { ...input, projectSeqs: [3] }, scan(), ip(), AT);
    const again = (await listInstitutionApplications(staff)).find((a) => a.reference === reference)!;
    expect(again).toMatchObject({ status: "SUBMITTED", projects: [{ seq: 3 }] });
    await decideInstitutionApplication(staff, id, { decision: "reject", reason: "不属于公告四(一)1所列单位类型。" }, AT);
    expect(await followInstitutionApplication(reference, "13800138000", ip(), AT)).toMatchObject({
      status: "REJECTED",
      reason: "不属于公告四(一)1所列单位类型。",
    });
    expect(await db.institution.count({ where: { name: input.organization } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: id, action: { startsWith: "institution-application." } } })).toBe(2);
  });

  it("only the administrator decides; an open application per credit code; limited per address before any work", async () => {
    const input = form();
    const address = ip();
    await submitInstitutionApplication(input, scan(), address, AT);
    await expect(
      submitInstitutionApplication({ ...input, organization: `${input.organization}二` }, scan(), ip(), AT),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(submitInstitutionApplication(form(), [], ip(), AT)).rejects.toMatchObject({ code: "INVALID" });
    const reviewer = await createStaff(["REVIEWER"]);
    await expect(listInstitutionApplications(reviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (let i = 1; i < INSTITUTION_APPLY_LIMIT.limit; i++) await submitInstitutionApplication(form(), scan(), address, AT);
    const before = await db.institutionApplication.count();
    await expect(submitInstitutionApplication(form(), scan(), address, AT)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.institutionApplication.count()).toBe(before);
  });
});
