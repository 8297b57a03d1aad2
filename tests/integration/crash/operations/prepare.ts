import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { planId, uniqueIdNumber } from "../../support/factories";
import { AT } from "./shared";

const REQUIRED = ["PHOTO", "APPLICATION_FORM", "PLEDGE", "EDUCATION_PROOF", "ID_FRONT", "ID_BACK"] as const;

/** `count` candidates with one complete application each, `school` = tag, attachments from one shared file set. */
export async function applications(
  tag: string,
  count: number,
  options: {
    batchSeq: number;
    projectSeq: number;
    status: "DRAFT" | "APPROVED" | "PAYMENT_SUBMITTED";
    photoPerApplication?: boolean;
  },
) {
  const plan = await planId(options.batchSeq, options.projectSeq);
  const condition = await db.condition.findFirstOrThrow({
    where: { project: { seq: options.projectSeq }, seq: 1 },
    select: { id: true },
  });
  const pdf = await db.storedFile.create({
    data: {
      sha256: "0".repeat(64),
      mime: "application/pdf",
      size: sizeKb(250),
      originalName: "shared.pdf",
      data: makePdf(sizeKb(250)),
    },
    select: { id: true },
  });
  const people = Array.from({ length: count }, () => ({
    userId: randomUUID(),
    candidateId: randomUUID(),
    applicationId: randomUUID(),
    idNumber: uniqueIdNumber(),
  }));
  await db.user.createMany({
    data: people.map((p) => ({
      id: p.userId,
      kind: "CANDIDATE" as const,
      login: p.idNumber,
      displayName: "王小明",
      passwordHash: "x",
    })),
  });
  await db.candidate.createMany({
    data: people.map((p) => ({ id: p.candidateId, idNumber: p.idNumber, name: "王小明", userId: p.userId })),
  });
  await db.application.createMany({
    data: people.map((p) => ({
      id: p.applicationId,
      planId: plan,
      candidateId: p.candidateId,
      channel: "INDIVIDUAL" as const,
      conditionId: condition.id,
      status: options.status,
      draftStep: 6,
      education: "BACHELOR" as const,
      school: tag,
      address: "成都市武侯区人民南路三段17号",
      educationProofCase: 1,
      pledgeAcceptedAt: AT,
    })),
  });
  const jpeg = options.photoPerApplication ? await makeJpeg({ targetBytes: sizeKb(250) }) : new Uint8Array();
  const photos = options.photoPerApplication
    ? await Promise.all(
        people.map(() =>
          db.storedFile.create({
            data: { sha256: "0".repeat(64), mime: "image/jpeg", size: jpeg.length, originalName: `${tag}.jpg`, data: jpeg },
            select: { id: true },
          }),
        ),
      )
    : people.map(() => pdf);
  await db.attachment.createMany({
    data: people.flatMap((p, i) =>
      REQUIRED.map((kind) => ({ applicationId: p.applicationId, kind, fileId: kind === "PHOTO" ? photos[i]!.id : pdf.id })),
    ),
  });
  return people;
}
