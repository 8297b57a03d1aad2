import { randomInt } from "node:crypto";
import { closeSync, openSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/id-number";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { updateApplication } from "@/lib/server/applications/update-application";

const issued = new Set<string>();

/**
 * Ids without a given birthday come from a block of their own per test file: files run one after
 * another on one database, and each starts with a fresh module, so a per-file set alone let two
 * files draw the same random number now and then (a unique-login failure in CI). The file claims
 * its block by creating `<n>` in the run's folder (global-setup.ts), which only one can do.
 */
const BLOCKS = 99;
const BLOCK_SIZE = 100_000; // 99 blocks × 100,000 = 11,000 days × 900 sequence numbers
let block: { index: number; next: number } | undefined;

function claimBlock(): { index: number; next: number } {
  const dir = process.env.PORTAL_TEST_ID_BLOCKS;
  if (!dir) return { index: randomInt(0, BLOCKS), next: randomInt(0, BLOCK_SIZE / 2) };
  for (let index = 0; index < BLOCKS; index++) {
    try {
      closeSync(openSync(path.join(dir, String(index)), "wx"));
      return { index, next: 0 };
    } catch {
      // taken by an earlier file
    }
  }
  throw new Error("every block of test ID numbers is taken: more than 99 test files in one run");
}

/**
 * A valid ID number not issued before in this run: born on `birth` (YYYYMMDD), or in 1970–2000
 * from this file's block (see above).
 */
export function uniqueIdNumber(birth?: string): string {
  for (;;) {
    let day = birth;
    let sequence = randomInt(100, 1000);
    if (!day) {
      block ??= claimBlock();
      const n = block.index * BLOCK_SIZE + block.next++;
      day = new Date(Date.UTC(1970, 0, 1) + Math.floor(n / 900) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
      sequence = 100 + (n % 900);
    }
    const id = withCheckDigit(`510104${day}${String(sequence).padStart(3, "0")}`);
    if (!issued.has(id)) {
      issued.add(id);
      return id;
    }
  }
}

export async function createCandidate(
  options: { name?: string; birth?: string; withUser?: boolean } = {},
): Promise<{ actor: Actor; candidateId: string; idNumber: string; name: string }> {
  const idNumber = uniqueIdNumber(options.birth);
  const name = options.name ?? "测试考生";
  const user =
    options.withUser === false
      ? null
      : await db.user.create({
          data: { kind: "CANDIDATE", login: idNumber, displayName: name, passwordHash: "x" },
          select: { id: true },
        });
  const candidate = await db.candidate.create({ data: { idNumber, name, userId: user?.id ?? null }, select: { id: true } });
  const actor: Actor = {
    id: user?.id ?? crypto.randomUUID(),
    kind: "CANDIDATE",
    displayName: name,
    roles: [],
    institutionId: null,
    candidateId: candidate.id,
  };
  return { actor, candidateId: candidate.id, idNumber, name };
}

export async function createStaff(roles: Actor["roles"]): Promise<Actor> {
  const user = await db.user.create({
    data: { kind: "STAFF", login: `staff-${crypto.randomUUID()}`, displayName: "测试员", passwordHash: "x", roles },
    select: { id: true },
  });
  return { id: user.id, kind: "STAFF", displayName: "测试员", roles, institutionId: null, candidateId: null };
}

export async function createInstitutionActor(name = "四川省大数据产业联合会"): Promise<Actor> {
  const institution = await db.institution.findUniqueOrThrow({ where: { name }, select: { id: true } });
  const user = await db.user.create({
    data: {
      kind: "INSTITUTION",
      login: `inst-${crypto.randomUUID()}`,
      displayName: name,
      passwordHash: "x",
      institutionId: institution.id,
    },
    select: { id: true },
  });
  // Institution users have the staff second factor (issue 10); tests act as one who enrolled.
  await db.staffSecondFactor.create({
    data: { userId: user.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  return { id: user.id, kind: "INSTITUTION", displayName: name, roles: [], institutionId: institution.id, candidateId: null };
}

export async function batchId(seq: number, year = 2025): Promise<string> {
  return (await db.batch.findUniqueOrThrow({ where: { year_seq: { year, seq } }, select: { id: true } })).id;
}

export async function planId(batchSeq: number, projectSeq: number): Promise<string> {
  const [batch, project] = await Promise.all([
    batchId(batchSeq),
    db.project.findUniqueOrThrow({ where: { seq: projectSeq }, select: { id: true } }),
  ]);
  return (
    await db.plan.upsert({
      where: { batchId_projectId: { batchId: batch, projectId: project.id } },
      create: { batchId: batch, projectId: project.id },
      update: {},
      select: { id: true },
    })
  ).id;
}

/** Files of the right size for every required attachment (四(二)2). */
export async function attachAll(
  applicationId: string,
  kinds = ["PHOTO", "APPLICATION_FORM", "PLEDGE", "EDUCATION_PROOF", "ID_FRONT", "ID_BACK"] as const,
): Promise<void> {
  const jpeg = new Uint8Array(await makeJpeg({ targetBytes: sizeKb(250), exact: true }));
  const pdf = new Uint8Array(makePdf(sizeKb(250)));
  for (const kind of kinds) {
    const isPhoto = kind === "PHOTO";
    const file = await db.storedFile.create({
      data: {
        sha256: "0".repeat(64),
        mime: isPhoto ? "image/jpeg" : "application/pdf",
        size: isPhoto ? jpeg.length : pdf.length,
        originalName: `${kind}.${isPhoto ? "jpg" : "pdf"}`,
        data: isPhoto ? jpeg : pdf,
      },
      select: { id: true },
    });
    await db.attachment.upsert({
      where: { applicationId_kind: { applicationId, kind } },
      create: { applicationId, kind, fileId: file.id },
      update: { fileId: file.id },
    });
  }
}

/**
 * Fills a new draft so that every check of submit passes: condition P01-C1, a degree, the pledge
 * and six files (project 1), on a day of batch 5's registration window (三).
 */
export async function fillDraft(
  actor: Actor,
  applicationId: string,
  today = "2025-05-08",
  at = new Date("2025-05-08T02:00:00Z"),
) {
  await updateApplication(actor, applicationId, { step: "condition", conditionCode: "P01-C1" }, today, at);
  await updateApplication(
    actor,
    applicationId,
    {
      step: "personal",
      data: {
        education: "BACHELOR",
        graduatingThisYear: false,
        school: "四川大学",
        address: "成都市武侯区人民南路三段17号",
        educationProofCase: 1,
      },
    },
    today,
    at,
  );
  await updateApplication(actor, applicationId, { step: "pledge", pledge: true }, today, at);
  await attachAll(applicationId);
}

/** An application with complete data in `status`, straight in the database (for tests of later steps). */
export async function createApplication(options: {
  candidateId: string;
  batchSeq: number;
  projectSeq?: number;
  status?: ApplicationStatus;
  channel?: "INDIVIDUAL" | "INSTITUTION";
  institutionId?: string | null;
  withFiles?: boolean;
}): Promise<string> {
  const projectSeq = options.projectSeq ?? 1;
  const plan = await planId(options.batchSeq, projectSeq);
  const condition = await db.condition.findFirstOrThrow({
    where: { project: { seq: projectSeq } },
    orderBy: { seq: "asc" },
    select: { id: true },
  });
  const application = await db.application.create({
    data: {
      planId: plan,
      candidateId: options.candidateId,
      channel: options.channel ?? "INDIVIDUAL",
      institutionId: options.institutionId ?? null,
      conditionId: condition.id,
      status: options.status ?? "DRAFT",
      education: "BACHELOR",
      school: "四川大学",
      address: "成都市武侯区人民南路三段17号",
      educationProofCase: 1,
      pledgeAcceptedAt: new Date(),
    },
    select: { id: true },
  });
  if (options.withFiles !== false) await attachAll(application.id);
  return application.id;
}
