import { randomInt } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { createCandidate, createStaff } from "@/tests/integration/support/factories";

/**
 * Factories for the exam area. Each test gets its own unpublished batch (invisible to the
 * public API and the other areas' tests), so counts and ticket sequences start from zero.
 */

export const officer = () => createStaff(["EXAM_OFFICER"]);
export const reviewer = () => createStaff(["REVIEWER"]);

export interface TestBatch {
  id: string;
  year: number;
  seq: number;
  examDate: IsoDate;
}

/** A batch whose windows sit before `examDate` the way the notice's do (三); a merge target must be published. */
export async function createBatch(examDate: IsoDate, options: { published?: boolean } = {}): Promise<TestBatch> {
  const year = Number(examDate.slice(0, 4));
  const d = (n: number) => fromIsoDate(addDays(examDate, n));
  for (let attempt = 0; attempt < 50; attempt++) {
    const seq = randomInt(20, 100);
    const clash = await db.batch.findUnique({ where: { year_seq: { year, seq } }, select: { id: true } });
    if (clash) continue;
    const batch = await db.batch.create({
      data: {
        year,
        seq,
        published: options.published ?? false,
        registrationStart: d(-60),
        registrationEnd: d(-53),
        reviewStart: d(-53),
        reviewEnd: d(-43),
        paymentStart: d(-40),
        paymentEnd: d(-38),
        ticketStart: d(-12),
        ticketEnd: d(-8),
        examDate: fromIsoDate(examDate),
      },
      select: { id: true },
    });
    return { id: batch.id, year, seq, examDate };
  }
  throw new Error("no free batch number");
}

export async function createPlan(batch: TestBatch, projectSeq = 1, status: "OPEN" | "HELD" = "OPEN"): Promise<string> {
  const project = await db.project.findUniqueOrThrow({ where: { seq: projectSeq }, select: { id: true } });
  const plan = await db.plan.create({ data: { batchId: batch.id, projectId: project.id, status }, select: { id: true } });
  return plan.id;
}

let photo: Buffer | undefined;
async function photoBytes(): Promise<Buffer> {
  photo ??= await sharp({ create: { width: 90, height: 120, channels: 3, background: { r: 200, g: 210, b: 230 } } })
    .jpeg()
    .toBuffer();
  return photo;
}

export async function attachPhoto(applicationId: string): Promise<void> {
  const bytes = await photoBytes();
  const file = await db.storedFile.create({
    data: {
      sha256: "0".repeat(64),
      mime: "image/jpeg",
      size: bytes.length,
      originalName: "photo.jpg",
      data: new Uint8Array(bytes),
    },
    select: { id: true },
  });
  await db.attachment.create({ data: { applicationId, kind: "PHOTO", fileId: file.id } });
}

/** Spreads ID numbers over many birth dates: the shared factory draws only 900 per date. */
function randomBirth(): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `19${randomInt(70, 100)}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
}

export interface TestApplication {
  id: string;
  candidateId: string;
  idNumber: string;
  name: string;
  actor: Actor;
}

/** `n` applications in the plan, in `status`, each with a photo; institution channel when given. */
export async function createApplications(
  planId: string,
  n: number,
  options: { status?: ApplicationStatus; institutionId?: string; names?: string[]; photo?: boolean } = {},
): Promise<TestApplication[]> {
  const condition = await db.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { project: { select: { conditions: { select: { id: true }, take: 1, orderBy: { seq: "asc" } } } } },
  });
  const out: TestApplication[] = [];
  for (let i = 0; i < n; i++) {
    const name =
      options.names?.[i] ??
      `考生${String.fromCharCode(0x4e00 + randomInt(0, 2000))}${String.fromCharCode(0x4e00 + randomInt(0, 2000))}`;
    const person = await createCandidate({ name, birth: randomBirth() });
    const app = await db.application.create({
      data: {
        planId,
        candidateId: person.candidateId,
        channel: options.institutionId ? "INSTITUTION" : "INDIVIDUAL",
        institutionId: options.institutionId ?? null,
        conditionId: condition.project.conditions[0]?.id ?? null,
        status: options.status ?? "PAYMENT_CONFIRMED",
        education: "BACHELOR",
        school: "四川大学",
        address: "成都市武侯区人民南路三段17号",
        educationProofCase: 1,
        pledgeAcceptedAt: new Date(),
        submittedAt: new Date(),
      },
      select: { id: true },
    });
    if (options.photo !== false) await attachPhoto(app.id);
    out.push({ id: app.id, candidateId: person.candidateId, idNumber: person.idNumber, name, actor: person.actor });
  }
  return out;
}

export async function createSite(rooms: { name: string; capacity: number }[]): Promise<{ siteId: string; roomIds: string[] }> {
  const site = await db.examSite.create({
    data: { name: `测试考点${crypto.randomUUID().slice(0, 8)}`, address: "成都市青羊区东二巷18号" },
    select: { id: true },
  });
  const roomIds: string[] = [];
  for (const r of rooms) roomIds.push((await db.room.create({ data: { siteId: site.id, ...r }, select: { id: true } })).id);
  return { siteId: site.id, roomIds };
}

export async function institutionId(name = "四川省大数据产业联合会"): Promise<string> {
  return (await db.institution.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
}

/** What a refused call must leave untouched: the plan row, its applications, audit and notification counts. */
export async function snapshot(planId: string) {
  const [plan, apps, audits, notes] = await Promise.all([
    db.plan.findUniqueOrThrow({
      where: { id: planId },
      select: { status: true, statusReason: true, movedToPlanId: true, noticePublishedAt: true },
    }),
    db.application.findMany({
      where: { planId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        ticketNumber: true,
        roomId: true,
        seat: true,
        score: true,
        absent: true,
        certificateNumber: true,
      },
    }),
    db.auditLog.count(),
    db.notification.count(),
  ]);
  return { plan, apps, audits, notes };
}
