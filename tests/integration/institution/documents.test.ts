import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listBatchDocuments, uploadInstitutionDocument } from "@/lib/server/institution/documents/institution-documents";
import { makePdf, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { batchId, createInstitutionActor } from "../support/factories";

const TODAY = "2025-05-08";

beforeAll(ensureCatalog);

describe("四(一)2 the institution's own documents per batch", () => {
  it("stores the commitment letter's scan, replaces it, and shows when staff received the paper", async () => {
    const actor = await createInstitutionActor("四川省科教兴川促进会");
    const batch = await batchId(5);
    const input = { batchId: batch, kind: "COMMITMENT_LETTER" as const, bytes: makePdf(sizeKb(900)), fileName: "承诺书.pdf" };
    await uploadInstitutionDocument(actor, input, TODAY);
    const first = await db.institutionDocument.findUniqueOrThrow({
      where: { institutionId_batchId_kind: { institutionId: actor.institutionId!, batchId: batch, kind: "COMMITMENT_LETTER" } },
    });
    await uploadInstitutionDocument(actor, { ...input, bytes: makePdf(sizeKb(500)) }, TODAY);
    expect(await db.storedFile.count({ where: { id: first.fileId! } })).toBe(0);

    let docs = await listBatchDocuments(actor, batch, TODAY);
    expect(docs).toMatchObject({ paperDue: "2025-05-13", uploadOpen: true });
    expect(docs.documents).toEqual([
      { kind: "COMMITMENT_LETTER", uploaded: { name: "承诺书.pdf", size: sizeKb(500) }, paperReceivedAt: null, paper: null },
      { kind: "ROSTER", uploaded: null, paperReceivedAt: null, paper: null },
    ]);
    await db.institutionDocument.update({ where: { id: first.id }, data: { paperReceivedAt: new Date("2025-05-12T01:00:00Z") } });
    docs = await listBatchDocuments(actor, batch, TODAY);
    expect(docs.documents[0]?.paperReceivedAt).toBe("2025-05-12T01:00:00.000Z");
    // Another institution sees its own documents only.
    const other = await createInstitutionActor("四川省大数据产业联合会");
    expect(
      (await listBatchDocuments(other, batch, TODAY)).documents.every(
        (d) => d.uploaded === null || d.uploaded.name !== "承诺书.pdf",
      ),
    ).toBe(true);
  });

  it("refuses a script in place of a scan, and uploads after the review window", async () => {
    const actor = await createInstitutionActor("四川省科教兴川促进会");
    const batch = await batchId(5);
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(
      uploadInstitutionDocument(actor, { batchId: batch, kind: "ROSTER", bytes: html, fileName: "花名册.pdf" }, TODAY),
    ).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      uploadInstitutionDocument(
        actor,
        { batchId: batch, kind: "ROSTER", bytes: makePdf(sizeKb(300)), fileName: "花名册.pdf" },
        "2025-05-24",
      ),
    ).rejects.toMatchObject({ code: "WINDOW_CLOSED" });
  });
});
