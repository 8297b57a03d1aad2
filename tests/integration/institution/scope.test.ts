import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attachFile } from "@/lib/server/applications/attach-file";
import { getApplication, getWizardApplication } from "@/lib/server/applications/get-application";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { importAttachmentsZip } from "@/lib/server/institution/attachments/import-zip";
import { listInstitutionCandidates } from "@/lib/server/institution/candidates/list-candidates";
import { batchPaymentNotice, submitBatchPayment } from "@/lib/server/institution/payments/batch-payment";
import { institutionCollectionForm } from "@/lib/server/institution/results/collection-form";
import { invalidRowsWorkbook, rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { batchTicketsPdf } from "@/lib/server/institution/tickets/batch-tickets";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import {
  batchId,
  createApplication,
  createCandidate,
  createInstitutionActor,
  createStaff,
  uniqueIdNumber,
} from "../support/factories";
import { fillTemplate, goodRow } from "./support/roster";
import { registerThroughRoster } from "./support/people";
import { makeZip } from "./support/zip";

const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T02:00:00Z");
const DATA_BIG = "四川省大数据产业联合会"; // 附件2: projects 1–10
const KEJIAO = "四川省科教兴川促进会"; // 附件2: projects 2, 5, 11, 14
let jpeg: Uint8Array;

beforeAll(async () => {
  await ensureCatalog();
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  jpeg = await makeJpeg({ targetBytes: sizeKb(250) });
});

async function snapshot(applicationId: string) {
  const row = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { attachments: true, events: true },
  });
  return {
    status: row.status,
    version: row.version,
    attachments: row.attachments.length,
    events: row.events.length,
    address: row.address,
  };
}

describe("issue 4 scope: an institution acts only for itself and its authorized projects", () => {
  it("another institution cannot read, change, pay for, print or import into the first one's candidates", async () => {
    const owner = await createInstitutionActor(DATA_BIG);
    const other = await createInstitutionActor(KEJIAO);
    const [a] = await registerThroughRoster(owner, ["甲方考生"]);
    const before = await snapshot(a!.applicationId);
    const id = a!.applicationId;

    await expect(getApplication(other, id, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getWizardApplication(other, id, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attachFile(other, id, "PHOTO", { bytes: jpeg, name: "p.jpg" }, { autoFit: false }, TODAY)).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(updateApplication(other, id, { step: "pledge", pledge: true }, TODAY, AT)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(submitApplication(other, id, TODAY, AT)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Project 3 is not the other's (附件2): the owner's candidate is not among what it may pay for.
    await expect(batchPaymentNotice(other, await batchId(5), [id], "2025-05-27")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(batchTicketsPdf(other, a!.planId, "2025-06-10", "http://x")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(institutionCollectionForm(other, a!.planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const zip = await importAttachmentsZip(
      other,
      { batchId: await batchId(5), bytes: makeZip([{ name: `${a!.idNumber}_照片.jpg`, data: jpeg }]) },
      TODAY,
      AT,
    );
    expect(zip.stored).toEqual([]);
    expect(zip.unmatched).toHaveLength(1);
    const listed = await listInstitutionCandidates(other, { page: 1 }, TODAY);
    expect(listed.rows.map((r) => r.id)).not.toContain(id);
    expect(await snapshot(id)).toEqual(before);
  });

  it("a project both may register for: the other still cannot pay for the first one's candidates", async () => {
    const owner = await createInstitutionActor(DATA_BIG);
    const other = await createInstitutionActor(KEJIAO);
    const [a] = await registerThroughRoster(owner, ["共享项目考生"], { project: "商业数据分析", condition: "" });
    await db.application.update({ where: { id: a!.applicationId }, data: { status: "APPROVED" } });
    await db.project.update({ where: { seq: 2 }, data: { feeFen: 15000 } });
    const input = {
      batchId: await batchId(5),
      applicationIds: [a!.applicationId],
      payerName: "别的机构",
      amount: 15000,
      transferDate: "2025-05-26",
      examDate: "2025-06-14",
      headCount: 1,
      acceptMismatch: false,
    };
    await expect(batchPaymentNotice(other, await batchId(5), [a!.applicationId], "2025-05-27")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(submitBatchPayment(other, input, { bytes: jpeg, name: "r.jpg" }, "2025-05-27")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: a!.applicationId } })).status).toBe("APPROVED");
  });

  it("another institution's roster upload is not found, neither to submit nor to download", async () => {
    const owner = await createInstitutionActor(DATA_BIG);
    const other = await createInstitutionActor(KEJIAO);
    const file = await fillTemplate((await rosterTemplate(owner)).bytes, [goodRow(uniqueIdNumber(), "上传者")]);
    const preview = await previewRoster(owner, { batchId: await batchId(5), bytes: file, fileName: "r.xlsx" }, TODAY);
    await expect(submitRoster(other, { uploadId: preview.uploadId, pledge: true }, TODAY, AT)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(invalidRowsWorkbook(other, preview.uploadId, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.rosterUpload.findUniqueOrThrow({ where: { id: preview.uploadId } })).submittedAt).toBeNull();
  });

  it("an individual candidate's application is out of every institution's reach (ownershipFilter)", async () => {
    const institution = await createInstitutionActor(DATA_BIG);
    const person = await createCandidate({ name: "个人考生" });
    const id = await createApplication({
      candidateId: person.candidateId,
      batchSeq: 5,
      projectSeq: 3,
      status: "DRAFT",
      withFiles: false,
    });
    const before = await snapshot(id);
    await expect(getApplication(institution, id, TODAY)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      attachFile(institution, id, "PHOTO", { bytes: jpeg, name: "p.jpg" }, { autoFit: false }, TODAY),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const zip = await importAttachmentsZip(
      institution,
      { batchId: await batchId(5), bytes: makeZip([{ name: `${person.idNumber}_照片.jpg`, data: jpeg }]) },
      TODAY,
      AT,
    );
    expect(zip.stored).toEqual([]);
    await db.application.update({ where: { id }, data: { status: "APPROVED" } });
    await expect(batchPaymentNotice(institution, await batchId(5), [id], "2025-05-27")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect({ ...(await snapshot(id)), status: "DRAFT" }).toEqual(before);
  });

  it("candidates and staff are not institutions", async () => {
    const person = await createCandidate();
    const staff = await createStaff(["REVIEWER", "EXAM_OFFICER"]);
    for (const actor of [person.actor, staff]) {
      await expect(rosterTemplate(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        previewRoster(actor, { batchId: await batchId(5), bytes: new Uint8Array(1), fileName: "x" }, TODAY),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listInstitutionCandidates(actor, { page: 1 }, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
