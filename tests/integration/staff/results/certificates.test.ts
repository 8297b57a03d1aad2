import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCertificatePdf } from "@/lib/server/certificates/get-certificate-pdf";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { getCollectionFormPdf } from "@/lib/server/certificates/collection-form";
import { listPlanCertificates } from "@/lib/server/certificates/list-certificates";
import { recordInstitutionCollection, recordPersonalCollection } from "@/lib/server/certificates/record-collection";
import { importScores } from "@/lib/server/results/import-scores";
import { publishNotice } from "@/lib/server/results/publish-notice";
import { createCandidate, createInstitutionActor } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { addDays } from "@/lib/domain/iso-date";
import { createBatch, institutionId, officer, reviewer } from "../exam/factories";
import { noticeDates, satPlan, scoreSheet } from "../exam/results-factories";

beforeAll(async () => {
  process.env.AUTH_SECRET = "integration-test-secret-0123456789";
  await ensureCatalog();
});

/** A published plan (exam 2025-06-14): one individual and two institution candidates, all passed. */
async function publishedPlan() {
  const batch = await createBatch("2025-06-14");
  const individual = await satPlan(batch, 11, ["张三"]);
  const inst = await institutionId("四川省大数据产业联合会");
  const viaInstitution = await satPlan(batch, 12, ["李四", "王五"], inst);
  const actor = await officer();
  const rows = [...individual.tickets, ...viaInstitution.tickets].map((t) => [t, 75] as const);
  await importScores(actor, batch.id, await scoreSheet(rows), "2025-06-14");
  const { start, certificatesFrom } = noticeDates("2025-06-14");
  await publishNotice(actor, { batchId: batch.id }, start, new Date(`${start}T02:00:00Z`), { confirm: true });
  // 九 after 八: certificates once the notice has ended (issue 12 item 8).
  for (const plan of [individual.plan, viaInstitution.plan])
    await issuePlanCertificates(actor, plan, new Date(`${certificatesFrom}T02:00:00Z`));
  return { batch, actor, individual, viaInstitution, inst };
}

describe("九 电子证书: download with ownership checks", () => {
  it("the candidate and their institution download it; anyone else gets NOT_FOUND", async () => {
    const { actor, individual, viaInstitution } = await publishedPlan();
    const own = await getCertificatePdf(individual.apps[0]!.actor, individual.apps[0]!.id, "https://portal.example.cn");
    expect(own.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(own.fileName).toMatch(/^专项职业能力证书-SC2025\d{8}\.pdf$/);
    const institution = await createInstitutionActor("四川省大数据产业联合会");
    await expect(getCertificatePdf(institution, viaInstitution.apps[0]!.id, "https://portal.example.cn")).resolves.toMatchObject({
      fileName: expect.stringContaining("SC2025") as string,
    });
    // The certificate is the person's: the candidate gets it even when an institution registered them.
    await expect(
      getCertificatePdf(viaInstitution.apps[1]!.actor, viaInstitution.apps[1]!.id, "https://portal.example.cn"),
    ).resolves.toBeDefined();
    const stranger = (await createCandidate({ birth: "19881212" })).actor;
    await expect(getCertificatePdf(stranger, individual.apps[0]!.id, "https://portal.example.cn")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getCertificatePdf(institution, individual.apps[0]!.id, "https://portal.example.cn")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const otherInstitution = await createInstitutionActor("四川省科教兴川促进会");
    await expect(
      getCertificatePdf(otherInstitution, viaInstitution.apps[0]!.id, "https://portal.example.cn"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCertificatePdf(await reviewer(), individual.apps[0]!.id, "https://portal.example.cn")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getCertificatePdf(actor, individual.apps[0]!.id, "https://portal.example.cn")).resolves.toBeDefined();
  });
});

describe("九 证书领取: from 60 working days after the exam", () => {
  it("[考务] in person with the ID checked; institutions with the signed form; not before the day", async () => {
    const { actor, individual, viaInstitution, inst } = await publishedPlan();
    const appId = individual.apps[0]!.id;
    const ready = noticeDates("2025-06-14").certificates;
    const early = addDays(ready, -1);
    await expect(
      recordPersonalCollection(actor, { applicationId: appId, idChecked: true, note: "" }, early, new Date()),
    ).rejects.toMatchObject({ code: "WINDOW_CLOSED" });
    await expect(
      recordPersonalCollection(actor, { applicationId: appId, idChecked: false, note: "" }, ready, new Date()),
    ).rejects.toMatchObject({ code: "INVALID" });
    await recordPersonalCollection(
      actor,
      { applicationId: appId, idChecked: true, note: "5楼509室" },
      ready,
      new Date(`${ready}T02:00:00Z`),
    );
    const row = await db.application.findUniqueOrThrow({
      where: { id: appId },
      select: {
        certificateCollectedAt: true,
        certificateCollectionNote: true,
        certificateCollectionNoteKey: true,
        certificateCollectionNoteParams: true,
      },
    });
    expect(row.certificateCollectedAt?.toISOString()).toBe(`${ready}T02:00:00.000Z`);
    expect(row.certificateCollectionNote).toContain("已核验有效身份证件");
    // ADR 123: the note is also a key and values, so an English page can say it.
    expect(row.certificateCollectionNote).toBe("本人领取，已核验有效身份证件；5楼509室");
    expect(row.certificateCollectionNoteKey).toBe("timelineNotes.certificatePersonalWithNote");
    expect(row.certificateCollectionNoteParams).toEqual({ detail: "5楼509室" });
    await expect(
      recordPersonalCollection(actor, { applicationId: appId, idChecked: true, note: "" }, ready, new Date()),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const planId = viaInstitution.plan;
    const input = { planId, institutionId: inst, collector: "王老师", formSigned: true, note: "" };
    await expect(recordInstitutionCollection(actor, { ...input, formSigned: false }, ready, new Date())).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await recordInstitutionCollection(actor, input, ready, new Date())).toEqual({ collected: 2 });
    await expect(recordInstitutionCollection(actor, input, ready, new Date())).rejects.toMatchObject({ code: "CONFLICT" });
    const listed = await listPlanCertificates(actor, planId);
    expect(listed.rows.every((r) => r.collectedAt && r.collectionNote?.includes("王老师"))).toBe(true);
    expect(listed.rows.map((r) => [r.collectionNoteKey, r.collectionNoteParams])).toEqual(
      listed.rows.map(() => ["timelineNotes.certificateInstitution", { collector: "王老师" }]),
    );
    expect(listed.certificateReadyFrom).toBe(ready);
    expect(await db.auditLog.count({ where: { action: { startsWith: "certificate.collect" }, actorId: actor.id } })).toBe(2);
    await expect(
      recordPersonalCollection(await reviewer(), { applicationId: appId, idChecked: true, note: "" }, ready, new Date()),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the registration form (登记表) PDF: the officer and the institution itself only", async () => {
    const { actor, viaInstitution, inst } = await publishedPlan();
    const form = await getCollectionFormPdf(actor, viaInstitution.plan, inst);
    expect(form.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const own = await createInstitutionActor("四川省大数据产业联合会");
    await expect(getCollectionFormPdf(own, viaInstitution.plan, inst)).resolves.toBeDefined();
    const other = await createInstitutionActor("四川省科教兴川促进会");
    await expect(getCollectionFormPdf(other, viaInstitution.plan, inst)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
