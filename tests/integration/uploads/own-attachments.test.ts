import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { attachFile } from "@/lib/server/applications/attach-file";
import { detachFile } from "@/lib/server/applications/detach-file";
import { readOwnAttachment } from "@/lib/server/applications/read-own-attachment";
import { startApplication } from "@/lib/server/applications/start-application";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { batchId, createCandidate, createStaff } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Batch 5 of 2025 (三): registration 5/6–5/13. Issue 16: preview, replace and delete of one's own uploads.
const OPEN = "2025-05-09";
const AFTER_REGISTRATION = "2025-05-15";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "NO_ERROR";
}

async function draft() {
  const person = await createCandidate();
  const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 2 }, OPEN);
  await giveUploadConsent(person.actor);
  return { person, applicationId };
}

beforeAll(ensureCatalog);

describe("ADR 092: an upload ready as sent is checked once, in the transaction that stores it", () => {
  it("still answers someone else NOT_FOUND, whether the file is ready, to fit or refused", async () => {
    const { applicationId } = await draft();
    const stranger = await createCandidate();
    await giveUploadConsent(stranger.actor);
    const ready = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    const toFit = await makeJpeg({ targetBytes: sizeKb(900), width: 2000, height: 1500 });
    const refused = makePdf(sizeKb(100));
    for (const bytes of [ready, toFit, refused]) {
      const upload = attachFile(stranger.actor, applicationId, "PHOTO", { bytes, name: "x.jpg" }, { autoFit: true }, OPEN);
      expect(await codeOf(upload)).toBe("NOT_FOUND");
    }
    expect(await db.attachment.count({ where: { applicationId } })).toBe(0);
  });

  it("refuses a ready file without the upload consent and after the window", async () => {
    const person = await createCandidate();
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 2 }, OPEN);
    const ready = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    const upload = (today: string) =>
      attachFile(person.actor, applicationId, "PHOTO", { bytes: ready, name: "p.jpg" }, { autoFit: true }, today);
    expect(await codeOf(upload(OPEN))).toBe("FORBIDDEN");
    await giveUploadConsent(person.actor);
    expect(await codeOf(upload(AFTER_REGISTRATION))).toBe("WINDOW_CLOSED");
    expect(await upload(OPEN)).toMatchObject({ status: "stored", kind: "PHOTO" });
  });
});

describe("issue 16: the applicant's own uploads", () => {
  it("stores a PDF with its page count and answers it to its owner only", async () => {
    const { person, applicationId } = await draft();
    const pdf = makePdf(sizeKb(240));
    const stored = await attachFile(
      person.actor,
      applicationId,
      "PLEDGE",
      { bytes: pdf, name: "承诺书.pdf" },
      { autoFit: true },
      OPEN,
    );
    expect(stored).toMatchObject({ status: "stored", kind: "PLEDGE", mime: "application/pdf", pages: 1, size: pdf.byteLength });

    const own = await readOwnAttachment(person.actor, applicationId, "PLEDGE");
    expect(own.pages).toBe(1);
    expect(Buffer.from(own.bytes).equals(Buffer.from(pdf))).toBe(true);

    const stranger = await createCandidate();
    expect(await codeOf(readOwnAttachment(stranger.actor, applicationId, "PLEDGE"))).toBe("NOT_FOUND");
    // Staff open files through the audited staff route, never this one.
    expect(await codeOf(readOwnAttachment(await createStaff(["REVIEWER"]), applicationId, "PLEDGE"))).toBe("NOT_FOUND");
    expect(await codeOf(readOwnAttachment(person.actor, applicationId, "ID_FRONT"))).toBe("NOT_FOUND");
  });

  it("replaces a photo and deletes it with its stored file; a second delete changes nothing", async () => {
    const { person, applicationId } = await draft();
    const first = await makeJpeg({ targetBytes: sizeKb(230), exact: true });
    const second = await makeJpeg({ targetBytes: sizeKb(270), exact: true, width: 700, height: 980 });
    await attachFile(person.actor, applicationId, "PHOTO", { bytes: first, name: "a.jpg" }, { autoFit: true }, OPEN);
    const firstFile = await db.attachment.findFirstOrThrow({ where: { applicationId, kind: "PHOTO" }, select: { fileId: true } });
    const replaced = await attachFile(
      person.actor,
      applicationId,
      "PHOTO",
      { bytes: second, name: "b.jpg" },
      { autoFit: true },
      OPEN,
    );
    expect(replaced).toMatchObject({ status: "stored", size: second.byteLength, pages: null });
    expect(await db.storedFile.count({ where: { id: firstFile.fileId } })).toBe(0);
    expect((await readOwnAttachment(person.actor, applicationId, "PHOTO")).size).toBe(second.byteLength);

    const secondFile = await db.attachment.findFirstOrThrow({
      where: { applicationId, kind: "PHOTO" },
      select: { fileId: true },
    });
    const before = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } });
    expect(await detachFile(person.actor, applicationId, "PHOTO", OPEN)).toEqual({ status: "deleted", kind: "PHOTO" });
    expect(await db.attachment.count({ where: { applicationId, kind: "PHOTO" } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: secondFile.fileId } })).toBe(0);
    const after = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } });
    expect(after.version).toBe(before.version + 1);
    expect(await detachFile(person.actor, applicationId, "PHOTO", OPEN)).toEqual({ status: "absent", kind: "PHOTO" });
  });

  it("refuses a delete by someone else and after the registration window", async () => {
    const { person, applicationId } = await draft();
    await attachFile(
      person.actor,
      applicationId,
      "ID_FRONT",
      { bytes: makePdf(sizeKb(220)), name: "id.pdf" },
      { autoFit: true },
      OPEN,
    );
    const stranger = await createCandidate();
    expect(await codeOf(detachFile(stranger.actor, applicationId, "ID_FRONT", OPEN))).toBe("NOT_FOUND");
    expect(await codeOf(detachFile(person.actor, applicationId, "ID_FRONT", AFTER_REGISTRATION))).toBe("WINDOW_CLOSED");
    expect(await db.attachment.count({ where: { applicationId, kind: "ID_FRONT" } })).toBe(1);
  });
});
