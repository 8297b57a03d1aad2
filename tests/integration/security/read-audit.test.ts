import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditQuerySchema } from "@/lib/schemas/staff-audit-schema";
import { createUser, setStaffRoles } from "@/lib/server/admin/manage-users";
import { searchAudit } from "@/lib/server/audit/search-audit";
import type { Actor } from "@/lib/server/auth/session";
import { getCheckInPhoto } from "@/lib/server/exam/check-in";
import { getRoomSignInSheetPdf } from "@/lib/server/exam/sign-in-sheet";
import { getCollectionFormPdf } from "@/lib/server/certificates/collection-form";
import { getCertificatePdf } from "@/lib/server/certificates/get-certificate-pdf";
import { readStaffFile } from "@/lib/server/privacy/read-staff-file";
import { getPayment } from "@/lib/server/payments/list-payments";
import { getReviewApplication } from "@/lib/server/review/get-review-application";
import { fileStore } from "@/lib/server/storage/file-store";
import { makePdf, sizeKb } from "@/tests/support/files";
import { createApplication, createCandidate, createInstitutionActor, createStaff, planId } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { createApplications, createBatch, createPlan, createSite, institutionId } from "../staff/exam/factories";
import { publishedPlan } from "../staff/exam/results-factories";
import { pendingPayment } from "../staff/review/factories";

// Issue 11 least privilege and read audit: each staff view of a person's data writes one audit
// row (who, what, whose, when); the finance clerk cannot open ID scans; separation of duties.

const TODAY = "2025-05-20";

async function withFactor(roles: Actor["roles"]): Promise<Actor> {
  const actor = await createStaff(roles);
  await db.staffSecondFactor.create({
    data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  return actor;
}

const rowsBy = (actorId: string) =>
  db.auditLog.findMany({
    where: { actorId },
    orderBy: { id: "asc" },
    select: { action: true, entity: true, entityId: true, after: true },
  });

let reviewer: Actor;
let finance: Actor;
let person: Awaited<ReturnType<typeof createCandidate>>;
let applicationId: string;

beforeAll(async () => {
  await ensureCatalog();
  reviewer = await withFactor(["REVIEWER"]);
  finance = await withFactor(["FINANCE"]);
  person = await createCandidate({ name: "读审计" });
  applicationId = await createApplication({ candidateId: person.candidateId, batchSeq: 5, projectSeq: 1, status: "SUBMITTED" });
});

describe("issue 11 read audit and least privilege", () => {
  it("the reviewer's detail view and each file opened write one row each, naming the person", async () => {
    const detail = await getReviewApplication(reviewer, applicationId, TODAY);
    const scan = detail.attachments.find((a) => a.kind === "ID_FRONT")!;
    const file = await readStaffFile(reviewer, scan.fileId);
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    expect(await rowsBy(reviewer.id)).toEqual([
      {
        action: "application.view",
        entity: "Application",
        entityId: applicationId,
        after: { candidateIds: [person.candidateId] },
      },
      {
        action: "file.view",
        entity: "Application",
        entityId: applicationId,
        after: { file: "ID_FRONT", candidateId: person.candidateId },
      },
    ]);
  });

  it("the finance clerk opening an ID scan is refused and leaves no file read; a receipt opens and is audited", async () => {
    const scan = await db.attachment.findFirstOrThrow({ where: { applicationId, kind: "ID_FRONT" }, select: { fileId: true } });
    await expect(readStaffFile(finance, scan.fileId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const payment = await pendingPayment({
      applicationIds: [applicationId],
      planId: await planId(5, 1),
      submittedById: finance.id,
    });
    const receipt = await fileStore.put({ bytes: makePdf(sizeKb(210)), mime: "application/pdf", originalName: "回单.pdf" });
    await db.payment.update({ where: { id: payment.id }, data: { receiptFileId: receipt.id } });
    await readStaffFile(finance, receipt.id);
    // The reviewer checks scans, not receipts.
    await expect(readStaffFile(reviewer, receipt.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await getPayment(finance, payment.id);
    expect(await rowsBy(finance.id)).toEqual([
      { action: "file.view", entity: "Payment", entityId: payment.id, after: { file: "RECEIPT" } },
      { action: "payment.view", entity: "Payment", entityId: payment.id, after: { candidateIds: [person.candidateId] } },
    ]);
  });

  it("the check-in desk's photo is audited too", async () => {
    const officer = await withFactor(["EXAM_OFFICER"]);
    expect(await getCheckInPhoto(officer, applicationId)).not.toBeNull();
    expect(await rowsBy(officer.id)).toEqual([
      {
        action: "file.view",
        entity: "Application",
        entityId: applicationId,
        after: { candidateIds: [person.candidateId], file: "PHOTO" },
      },
    ]);
  });
});

describe("issue 11 read audit of PDFs with personal data", () => {
  it("a room's sign-in sheet writes one row naming everyone on it", async () => {
    const batch = await createBatch("2041-05-14");
    const { roomIds } = await createSite([{ name: "审计考场", capacity: 10 }]);
    const apps = await createApplications(await createPlan(batch, 1, "HELD"), 2);
    for (const [i, a] of apps.entries())
      await db.application.update({
        where: { id: a.id },
        data: { ticketNumber: `T${crypto.randomUUID().slice(0, 12)}`, roomId: roomIds[0], seat: i + 1 },
      });
    const officer = await createStaff(["EXAM_OFFICER"]);
    await getRoomSignInSheetPdf(officer, batch.id, roomIds[0]!);
    const rows = await rowsBy(officer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "pdf.sign-in-sheet", entity: "Room", entityId: roomIds[0] });
    expect((rows[0]!.after as { candidateIds: string[] }).candidateIds.sort()).toEqual(apps.map((a) => a.candidateId).sort());
  });
});

describe("issue 11 read audit of the certificate PDF and the collection form (九)", () => {
  // 张三 75 passes and has the plan's one certificate; 李四 55 and 王五 absent have none.
  const plan = async () => {
    process.env.AUTH_SECRET ??= "integration-test-secret-0123456789";
    const inst = await institutionId();
    return { inst, ...(await publishedPlan("2025-09-13", 14, { institution: inst })) };
  };

  it("the exam officer's certificate PDF writes one row naming its holder; the institution's own download writes none", async () => {
    const { apps, inst } = await plan();
    const holder = apps[0]!;
    const reader = await createStaff(["EXAM_OFFICER"]);
    const { pdf } = await getCertificatePdf(reader, holder.id, "https://portal.example.cn");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await rowsBy(reader.id)).toEqual([
      { action: "pdf.certificate", entity: "Application", entityId: holder.id, after: { candidateIds: [holder.candidateId] } },
    ]);
    // A staff member without the duty reads nothing and leaves no row.
    const clerk = await createStaff(["FINANCE"]);
    await expect(getCertificatePdf(clerk, holder.id, "https://portal.example.cn")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowsBy(clerk.id)).toEqual([]);
    const institution = await createInstitutionActor("四川省大数据产业联合会");
    const before = await db.auditLog.count({ where: { action: "pdf.certificate", entityId: holder.id } });
    await getCertificatePdf(institution, holder.id, "https://portal.example.cn");
    expect(await db.auditLog.count({ where: { action: "pdf.certificate", entityId: holder.id } })).toBe(before);
    expect(inst).toBe(institution.institutionId);
  });

  it("the collection form (证书登记表) writes one row naming exactly the people on it", async () => {
    const { apps, plan: planIdOf, inst } = await plan();
    const reader = await createStaff(["EXAM_OFFICER"]);
    await getCollectionFormPdf(reader, planIdOf, inst);
    expect(await rowsBy(reader.id)).toEqual([
      {
        action: "pdf.collection-form",
        entity: "Plan",
        entityId: planIdOf,
        after: { candidateIds: [apps[0]!.candidateId], institutionId: inst },
      },
    ]);
    const reviewer = await createStaff(["REVIEWER"]);
    await expect(getCollectionFormPdf(reviewer, planIdOf, inst)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowsBy(reviewer.id)).toEqual([]);
  });
});

describe("issue 11 separation of duties", () => {
  it("an administrator cannot change its own roles, nor make an account both ADMIN and AUDITOR", async () => {
    const admin = await createStaff(["ADMIN"]);
    await expect(setStaffRoles(admin, admin.id, ["ADMIN", "REVIEWER", "FINANCE"])).rejects.toMatchObject({
      code: "CONFLICT",
      message: "privacy.errors.ownRoles",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { roles: true } })).roles).toEqual(["ADMIN"]);
    const other = await createStaff(["REVIEWER"]);
    await expect(setStaffRoles(admin, other.id, ["ADMIN", "AUDITOR"])).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      createUser(admin, {
        kind: "STAFF",
        login: "both-hats",
        displayName: "两顶帽子",
        password: "Passw0rdOk12",
        roles: ["ADMIN", "AUDITOR"],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await setStaffRoles(admin, other.id, ["AUDITOR"]);
  });

  it("the audit log is read by the auditor, not by administrators; the auditor cannot change users", async () => {
    const auditor = await createStaff(["AUDITOR"]);
    const admin = await createStaff(["ADMIN"]);
    expect((await searchAudit(auditor, auditQuerySchema.parse({}))).total).toBeGreaterThan(0);
    await expect(searchAudit(admin, auditQuerySchema.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setStaffRoles(auditor, admin.id, ["REVIEWER"])).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
