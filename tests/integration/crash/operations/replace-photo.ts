import { db } from "@/lib/db";
import { attachFile } from "@/lib/server/applications/attach-file";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { TODAY, applicantOf, pick, type CrashOperation } from "./shared";

let replacementPhoto: Promise<Uint8Array> | undefined;

const replacePhoto: CrashOperation = {
  prepare: async (tag, count) =>
    void (await (
      await import("./prepare")
    ).applications(tag, Math.min(count, 20), { batchSeq: 5, projectSeq: 1, status: "DRAFT", photoPerApplication: true })),
  step: async (tag) => {
    replacementPhoto ??= makeJpeg({ targetBytes: sizeKb(240), seed: 7 });
    const id = pick(await db.application.findMany({ where: { school: tag }, select: { id: true } }));
    if (!id) return false;
    const applicant = await applicantOf(id);
    await giveUploadConsent(applicant); // issue 11: once per notice version
    const outcome = await attachFile(
      applicant,
      id,
      "PHOTO",
      { bytes: await replacementPhoto, name: `${tag}.jpg` },
      { autoFit: false },
      TODAY,
    );
    if (outcome.status !== "stored") throw new Error(`photo not stored: ${outcome.status}`);
    return true;
  },
  check: async (tag) => {
    const problems: string[] = [];
    const apps = await db.application.findMany({
      where: { school: tag },
      select: { id: true, attachments: { where: { kind: "PHOTO" }, select: { fileId: true } } },
    });
    for (const app of apps) if (app.attachments.length !== 1) problems.push(`${app.id}: ${app.attachments.length} photos`);
    // A replacement deletes the old bytes in the same transaction: none left behind, none missing.
    const files = await db.storedFile.count({ where: { originalName: `${tag}.jpg` } });
    if (files !== apps.length) problems.push(`${files} photo files for ${apps.length} applications (orphans or losses)`);
    return problems;
  },
  finish: async (tag) => {
    for (let i = 0; i < 3; i++) await replacePhoto.step(tag);
  },
};

export default replacePhoto;
