import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { prepareUpload } from "@/lib/server/uploads/accept-upload";
import { fileStore } from "@/lib/server/storage/file-store";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  await ensureCatalog();
});

describe("FileStore on PostgreSQL (ADR 004)", () => {
  it("gives back the exact bytes, type, name and size it stored", async () => {
    const bytes = await makeJpeg({ targetBytes: sizeKb(250), seed: 11 });
    const stored = await fileStore.put({ bytes, mime: "image/jpeg", originalName: "身份证正面.jpg" });
    expect(stored).toMatchObject({ sha256: sha256(bytes), size: bytes.byteLength, mime: "image/jpeg" });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    const file = await fileStore.get(stored.id);
    expect(file).toMatchObject({ mime: "image/jpeg", originalName: "身份证正面.jpg", size: bytes.byteLength });
    expect(Buffer.from(file?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stores a cleaned name: no path, no direction-changing marks", async () => {
    const bytes = makePdf(sizeKb(210));
    const a = await fileStore.put({ bytes, mime: "application/pdf", originalName: "../../x" });
    const b = await fileStore.put({ bytes, mime: "application/pdf", originalName: "发票\u202Egpj.exe\u2066" });
    expect((await fileStore.get(a.id))?.originalName).toBe("x");
    expect((await fileStore.get(b.id))?.originalName).toBe("发票gpj.exe");
  });

  it("answers null for an unknown or malformed id", async () => {
    expect(await fileStore.get(randomUUID())).toBeNull();
    expect(await fileStore.get("../../etc/passwd")).toBeNull();
  });

  it("joins the caller's transaction: a rollback leaves no file behind", async () => {
    let id = "";
    await expect(
      db.$transaction(async (tx) => {
        id = (await fileStore.put({ bytes: makePdf(sizeKb(210)), mime: "application/pdf", originalName: "a.pdf" }, tx)).id;
        expect(await fileStore.get(id, tx)).not.toBeNull();
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(id).not.toBe("");
    expect(await fileStore.get(id)).toBeNull();
  });

  it("deletes idempotently, and refuses while an attachment points at the file", async () => {
    const loose = await fileStore.put({ bytes: makePdf(sizeKb(210)), mime: "application/pdf", originalName: "a.pdf" });
    await fileStore.delete(loose.id);
    await fileStore.delete(loose.id);
    expect(await fileStore.get(loose.id)).toBeNull();

    const attached = await fileStore.put({ bytes: makePdf(sizeKb(210)), mime: "application/pdf", originalName: "申报表.pdf" });
    const applicationId = await makeApplication();
    await db.attachment.create({ data: { applicationId, kind: "APPLICATION_FORM", fileId: attached.id } });
    const error: unknown = await fileStore.delete(attached.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(await fileStore.get(attached.id)).not.toBeNull();
  });

  it("stores what prepareUpload returns: an auto-fitted photo round-trips as a JPEG in range", async () => {
    const prepared = await prepareUpload(await makeJpeg({ targetBytes: sizeKb(1024), seed: 12 }), "照片.png", "attachment", {
      autoFit: true,
    });
    if (!prepared.ok) throw new Error(prepared.failure.key);
    const stored = await fileStore.put({ bytes: prepared.bytes, mime: prepared.mime, originalName: prepared.name });
    const file = await fileStore.get(stored.id);
    expect(file).toMatchObject({ mime: "image/jpeg", originalName: "照片.jpg" });
    expect(file?.size).toBeGreaterThanOrEqual(204_800);
    expect(file?.size).toBeLessThanOrEqual(307_200);
  });
});

/** The smallest application an attachment can hang on: the first project in the first 2025 batch. */
async function makeApplication(): Promise<string> {
  const [project, batch] = await Promise.all([
    db.project.findFirstOrThrow({ orderBy: { seq: "asc" }, select: { id: true } }),
    db.batch.findFirstOrThrow({ orderBy: [{ year: "asc" }, { seq: "asc" }], select: { id: true } }),
  ]);
  const plan = await db.plan.upsert({
    where: { batchId_projectId: { batchId: batch.id, projectId: project.id } },
    create: { batchId: batch.id, projectId: project.id },
    update: {},
    select: { id: true },
  });
  const candidate = await db.candidate.create({
    data: { idNumber: `TEST-FILES-${randomUUID()}`, name: "测试考生" },
    select: { id: true },
  });
  const application = await db.application.create({
    data: { planId: plan.id, candidateId: candidate.id, channel: "INDIVIDUAL" },
    select: { id: true },
  });
  return application.id;
}
