import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { attachFile } from "@/lib/server/applications/attach-file";
import { startApplication } from "@/lib/server/applications/start-application";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { attachAll, batchId, createCandidate, createInstitutionActor, createStaff } from "../support/factories";
import { OPEN, at, personal, refusalOf } from "./batch5-applicant";

const AFTER_REGISTRATION = "2025-05-14";

const codeOf = async (promise: Promise<unknown>) => (await refusalOf(promise))?.code ?? "NO_ERROR";

async function draftReadyToSubmit(projectSeq = 1) {
  const person = await createCandidate();
  const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq }, OPEN);
  await updateApplication(
    person.actor,
    applicationId,
    { step: "condition", conditionCode: `P${String(projectSeq).padStart(2, "0")}-C1` },
    OPEN,
    at,
  );
  await updateApplication(person.actor, applicationId, { step: "personal", data: personal }, OPEN, at);
  await updateApplication(person.actor, applicationId, { step: "pledge", pledge: true }, OPEN, at);
  await attachAll(applicationId);
  await giveUploadConsent(person.actor); // issue 11: the separate consent before uploads
  return { person, applicationId };
}

beforeAll(ensureCatalog);

describe("四(二)1: starting an application", () => {
  it("creates one draft per person per plan and continues it when chosen again", async () => {
    const person = await createCandidate();
    const batch = await batchId(5);
    const first = await startApplication(person.actor, { batchId: batch, projectSeq: 3 }, OPEN);
    const again = await startApplication(person.actor, { batchId: batch, projectSeq: 3 }, OPEN);
    expect(again.applicationId).toBe(first.applicationId);
    expect(await db.application.count({ where: { candidateId: person.candidateId } })).toBe(1);
  });

  it("refuses a batch outside its registration window (三)", async () => {
    const person = await createCandidate();
    expect(await codeOf(startApplication(person.actor, { batchId: await batchId(5), projectSeq: 1 }, AFTER_REGISTRATION))).toBe(
      "WINDOW_CLOSED",
    );
    expect(await codeOf(startApplication(person.actor, { batchId: await batchId(4), projectSeq: 1 }, OPEN))).toBe(
      "WINDOW_CLOSED",
    );
  });

  it("refuses staff and institution accounts on the individual channel", async () => {
    const batch = await batchId(5);
    expect(await codeOf(startApplication(await createStaff(["REVIEWER"]), { batchId: batch, projectSeq: 1 }, OPEN))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(startApplication(await createInstitutionActor(), { batchId: batch, projectSeq: 1 }, OPEN))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("四(二)2: saving steps is owner-only", () => {
  it("someone else's application is not found and stays unchanged", async () => {
    const { applicationId } = await draftReadyToSubmit();
    const stranger = await createCandidate();
    const before = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(
      await codeOf(
        updateApplication(
          stranger.actor,
          applicationId,
          { step: "personal", data: { ...personal, address: "别人的地址不会被写入" } },
          OPEN,
          at,
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(submitApplication(stranger.actor, applicationId, OPEN, at))).toBe("NOT_FOUND");
    const jpeg = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    expect(
      await codeOf(attachFile(stranger.actor, applicationId, "PHOTO", { bytes: jpeg, name: "x.jpg" }, { autoFit: true }, OPEN)),
    ).toBe("NOT_FOUND");
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toEqual(before);
  });

  it("a condition of another project is refused", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    expect(
      await codeOf(updateApplication(person.actor, applicationId, { step: "condition", conditionCode: "P19-C2" }, OPEN, at)),
    ).toBe("INVALID");
  });
});

describe("四(二)2: uploads", () => {
  it("stores a file in range, refuses a PDF out of range, and offers an auto-fitted image before storing it", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    await db.attachment.deleteMany({ where: { applicationId, kind: { in: ["PHOTO", "ID_FRONT"] } } });

    const inRange = await makeJpeg({ targetBytes: sizeKb(250), exact: true });
    expect(
      await attachFile(person.actor, applicationId, "PHOTO", { bytes: inRange, name: "照片.jpg" }, { autoFit: true }, OPEN),
    ).toMatchObject({ status: "stored" });

    const smallPdf = makePdf(sizeKb(150));
    const refused = await attachFile(
      person.actor,
      applicationId,
      "ID_FRONT",
      { bytes: smallPdf, name: "身份证.pdf" },
      { autoFit: true },
      OPEN,
    );
    expect(refused).toMatchObject({ status: "refused" });
    expect(await db.attachment.count({ where: { applicationId, kind: "ID_FRONT" } })).toBe(0);

    const big = await makeJpeg({ targetBytes: sizeKb(900), width: 2400, height: 1600 });
    const offered = await attachFile(
      person.actor,
      applicationId,
      "ID_FRONT",
      { bytes: big, name: "身份证.jpg" },
      { autoFit: true },
      OPEN,
    );
    expect(offered.status).toBe("adjusted");
    expect(await db.attachment.count({ where: { applicationId, kind: "ID_FRONT" } })).toBe(0);
    if (offered.status !== "adjusted") return;
    expect(offered.afterSize).toBeGreaterThanOrEqual(sizeKb(200));
    expect(offered.afterSize).toBeLessThanOrEqual(sizeKb(300));
    const accepted = await attachFile(
      person.actor,
      applicationId,
      "ID_FRONT",
      { bytes: Buffer.from(offered.base64, "base64"), name: "身份证.jpg" },
      { autoFit: false },
      OPEN,
    );
    expect(accepted).toMatchObject({ status: "stored", size: offered.afterSize });
  });

  it("replacing a file deletes the old bytes in the same transaction", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    const old = await db.attachment.findUniqueOrThrow({
      where: { applicationId_kind: { applicationId, kind: "PLEDGE" } },
      select: { fileId: true },
    });
    await attachFile(
      person.actor,
      applicationId,
      "PLEDGE",
      { bytes: makePdf(sizeKb(260)), name: "承诺书.pdf" },
      { autoFit: true },
      OPEN,
    );
    expect(await db.storedFile.count({ where: { id: old.fileId } })).toBe(0);
  });

  it("the photo must be an image", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    expect(
      await attachFile(
        person.actor,
        applicationId,
        "PHOTO",
        { bytes: makePdf(sizeKb(250)), name: "照片.pdf" },
        { autoFit: true },
        OPEN,
      ),
    ).toMatchObject({ status: "refused" });
  });
});

describe("四(二)2–3: submitting", () => {
  it("submits a complete application with the review due 10 working days later (四(一)3)", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    const outcome = await submitApplication(person.actor, applicationId, OPEN, at);
    // 2025-05-08 Thu + 10 working days = 2025-05-22 Thu
    expect(outcome).toMatchObject({ status: "SUBMITTED", reviewDueDate: "2025-05-22", eligibility: "eligible" });
    const row = await db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { status: true, events: { select: { toStatus: true } } },
    });
    expect(row.status).toBe("SUBMITTED");
    expect(row.events.map((e) => e.toStatus)).toContain("SUBMITTED");
  });

  it("lists missing files and changes nothing", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    await db.attachment.deleteMany({ where: { applicationId, kind: { in: ["ID_BACK", "PLEDGE"] } } });
    try {
      await submitApplication(person.actor, applicationId, OPEN, at);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors.attachments).toEqual([
        { key: "attachments.PLEDGE" },
        { key: "attachments.ID_BACK" },
      ]);
    }
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("DRAFT");
  });

  it("refuses an ineligible applicant with the rule's reasons (附件1)", async () => {
    const { person, applicationId } = await draftReadyToSubmit(6); // 大数据应用开发: junior college or above
    // The personal step refuses this now (issue 16); the submit still checks data saved before that.
    await db.application.update({ where: { id: applicationId }, data: { education: "UPPER_SECONDARY" } });
    try {
      await submitApplication(person.actor, applicationId, OPEN, at);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).message).toBe("errors.application.ineligible");
      expect((error as AppError).fieldErrors.eligibility?.map((f) => f.params?.min).join("")).toMatch(/juniorCollege/);
    }
  });

  it("refuses a candidate under 16 on the day (附件1: legal working age)", async () => {
    const young = await createCandidate({ birth: "20090601" });
    const { applicationId } = await startApplication(young.actor, { batchId: await batchId(5), projectSeq: 1 }, OPEN);
    // The condition step refuses this now (issue 16); the submit still checks a draft saved before that.
    const condition = await db.condition.findFirstOrThrow({ where: { code: "P01-C1" }, select: { id: true } });
    await db.application.update({
      where: { id: applicationId },
      data: {
        conditionId: condition.id,
        education: "UPPER_SECONDARY",
        address: personal.address,
        educationProofCase: 1,
        pledgeAcceptedAt: at,
        draftStep: 6,
      },
    });
    await attachAll(applicationId);
    await expect(submitApplication(young.actor, applicationId, OPEN, at)).rejects.toMatchObject({
      message: "errors.application.ineligible",
    });
  });

  it("refuses after the registration window closes", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    expect(await codeOf(submitApplication(person.actor, applicationId, AFTER_REGISTRATION, at))).toBe("WINDOW_CLOSED");
  });

  it("two tabs submitting at once give one submission and a clear refusal", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    const results = await Promise.allSettled([
      submitApplication(person.actor, applicationId, OPEN, at),
      submitApplication(person.actor, applicationId, OPEN, at),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(await db.applicationEvent.count({ where: { applicationId, toStatus: "SUBMITTED" } })).toBe(1);
  });

  it("a returned application is resubmitted within the review window only (四(二)3)", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    await submitApplication(person.actor, applicationId, OPEN, at);
    await db.application.update({
      where: { id: applicationId },
      data: { status: "RETURNED", returnReasons: { PHOTO: "照片不清晰" } },
    });
    expect(await codeOf(submitApplication(person.actor, applicationId, "2025-05-24", at))).toBe("WINDOW_CLOSED");
    await expect(submitApplication(person.actor, applicationId, "2025-05-20", at)).resolves.toMatchObject({
      status: "SUBMITTED",
    });
  });

  it("a submitted application can no longer be edited by its applicant", async () => {
    const { person, applicationId } = await draftReadyToSubmit();
    await submitApplication(person.actor, applicationId, OPEN, at);
    expect(await codeOf(updateApplication(person.actor, applicationId, { step: "personal", data: personal }, OPEN, at))).toBe(
      "CONFLICT",
    );
  });
});
