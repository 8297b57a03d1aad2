import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PRIVACY_NOTICE_VERSION } from "@/lib/domain/privacy-notice";
import { attachFile } from "@/lib/server/applications/attach-file";
import { startApplication } from "@/lib/server/applications/start-application";
import { giveUploadConsent, needsUploadConsent } from "@/lib/server/privacy/upload-consent";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { batchId, createCandidate } from "../support/factories";
import { registerThroughRoster } from "../institution/support/people";
import { rosterInstitution } from "../institution/support/roster";
import { ensureCatalog } from "../support/seed";

// Issue 11, PIPL art. 29: a separate consent to sensitive data before a candidate's first upload,
// recorded with its time and notice version, asked again under a new version; institutions
// commit at roster submit that their candidates consented (双承诺制).

const OPEN = "2025-05-08";
let photo: Uint8Array;

beforeAll(async () => {
  await ensureCatalog();
  photo = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
});

async function draft() {
  const person = await createCandidate({ name: "同意者" });
  const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 1 }, OPEN);
  return { person, applicationId };
}

describe("issue 11 separate consent before the first upload", () => {
  it("refuses a candidate's first upload without it, and stores after it with time and version", async () => {
    const { person, applicationId } = await draft();
    expect(await needsUploadConsent(person.actor)).toBe(true);
    const upload = () =>
      attachFile(person.actor, applicationId, "PHOTO", { bytes: photo, name: "照片.jpg" }, { autoFit: true }, OPEN);
    await expect(upload()).rejects.toMatchObject({ code: "FORBIDDEN", message: "privacy.errors.uploadConsentRequired" });
    expect(await db.attachment.count({ where: { applicationId } })).toBe(0);

    await giveUploadConsent(person.actor);
    await giveUploadConsent(person.actor); // a second click records nothing more
    const consents = await db.consent.findMany({ where: { userId: person.actor.id } });
    expect(consents).toEqual([
      expect.objectContaining({
        kind: "SENSITIVE_UPLOAD",
        noticeVersion: PRIVACY_NOTICE_VERSION,
        givenAt: expect.any(Date) as Date,
      }),
    ]);
    expect(await upload()).toMatchObject({ status: "stored" });
  });

  it("asks again when the consent was given under an older notice version", async () => {
    const { person } = await draft();
    await db.consent.create({
      data: {
        userId: person.actor.id,
        kind: "SENSITIVE_UPLOAD",
        noticeVersion: "2024-0",
        givenAt: new Date("2025-01-01T00:00:00Z"),
      },
    });
    expect(await needsUploadConsent(person.actor)).toBe(true);
    await giveUploadConsent(person.actor);
    expect(await needsUploadConsent(person.actor)).toBe(false);
  });

  it("records the institution's commitment that its candidates consented, at roster submit", async () => {
    const actor = await rosterInstitution();
    await registerThroughRoster(actor, ["花名册考生"]);
    expect(await db.consent.findMany({ where: { userId: actor.id }, select: { kind: true, noticeVersion: true } })).toEqual([
      { kind: "INSTITUTION_ROSTER", noticeVersion: PRIVACY_NOTICE_VERSION },
    ]);
  });
});
