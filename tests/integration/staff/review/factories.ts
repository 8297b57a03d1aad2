import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { BATCHES_2025 } from "@/lib/domain/catalog/batches-2025";
import { referenceCodeFor } from "@/lib/domain/payment";
import type { BatchDef } from "@/lib/domain/types";
import type { ApplicationStatus, EducationLevel } from "@/lib/generated/prisma/enums";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { attachAll, createCandidate } from "@/tests/integration/support/factories";

/**
 * Factories of the staff side (review, payments, admin). Each call makes its own rows with
 * unique values, so tests that share the run's database never see each other's queue.
 */

const usedSeqs = new Set<number>();

/**
 * A batch of its own with the windows of `template` (2025 batch 5 by default), the dates
 * moved to `year` when given. Jobs tests move them to a year nobody else uses, so a job run
 * for "today" only finds this test's applications.
 */
export async function freshBatch(options: { template?: BatchDef; year?: number } = {}): Promise<{ id: string; def: BatchDef }> {
  const template = options.template ?? BATCHES_2025[4]!;
  const year = options.year ?? template.year;
  const move = (day: string) => `${year}${day.slice(4)}`;
  // In a year of its own a batch can have a real seq (ticket numbers allow 1–99); in 2025 it
  // gets a large one that the catalog's batches 1–11 never use.
  const [low, high] = options.year ? [1, 100] : [100, 1_000_000];
  // Files share the database one after another: a year another file also drew keeps its numbers.
  const taken = new Set((await db.batch.findMany({ where: { year }, select: { seq: true } })).map((b) => b.seq));
  let seq = randomInt(low, high);
  while (usedSeqs.has(seq + year * 1_000_000) || taken.has(seq)) seq = randomInt(low, high);
  usedSeqs.add(seq + year * 1_000_000);
  const def: BatchDef = {
    year,
    seq,
    registration: { start: move(template.registration.start), end: move(template.registration.end) },
    review: { start: move(template.review.start), end: move(template.review.end) },
    payment: { start: move(template.payment.start), end: move(template.payment.end) },
    ticket: { start: move(template.ticket.start), end: move(template.ticket.end) },
    examDate: move(template.examDate),
  };
  const row = await db.batch.create({
    data: {
      year,
      seq,
      registrationStart: fromIsoDate(def.registration.start),
      registrationEnd: fromIsoDate(def.registration.end),
      reviewStart: fromIsoDate(def.review.start),
      reviewEnd: fromIsoDate(def.review.end),
      paymentStart: fromIsoDate(def.payment.start),
      paymentEnd: fromIsoDate(def.payment.end),
      ticketStart: fromIsoDate(def.ticket.start),
      ticketEnd: fromIsoDate(def.ticket.end),
      examDate: fromIsoDate(def.examDate),
    },
    select: { id: true },
  });
  return { id: row.id, def };
}

export async function planIn(batchId: string, projectSeq: number): Promise<string> {
  const project = await db.project.findUniqueOrThrow({ where: { seq: projectSeq }, select: { id: true } });
  const where = { batchId_projectId: { batchId, projectId: project.id } };
  try {
    return (await db.plan.upsert({ where, create: { batchId, projectId: project.id }, update: {}, select: { id: true } })).id;
  } catch (error) {
    // Two factories creating the same plan at once: the other one won, use its row.
    if (!isUniqueViolation(error)) throw error;
    return (await db.plan.findUniqueOrThrow({ where, select: { id: true } })).id;
  }
}

export interface SubmittedOptions {
  batchId: string;
  projectSeq?: number;
  /** 1-based condition of the project (project 1 condition 1 is "high school or above"). */
  conditionSeq?: number;
  status?: ApplicationStatus;
  channel?: "INDIVIDUAL" | "INSTITUTION";
  institutionId?: string | null;
  education?: EducationLevel;
  submittedAt?: Date;
  reviewDueDate?: string | null;
  name?: string;
  withFiles?: boolean;
}

/** An application in `status` (SUBMITTED by default) with complete data and files. */
export async function submittedApplication(
  options: SubmittedOptions,
): Promise<{ id: string; version: number; candidateId: string; idNumber: string }> {
  const projectSeq = options.projectSeq ?? 1;
  // A random birth day of 1970–1999 (the shared factory's default): a fixed one leaves only 900 ID numbers.
  const candidate = await createCandidate({ name: options.name ?? "测试考生" });
  const [plan, condition] = await Promise.all([
    planIn(options.batchId, projectSeq),
    db.condition.findFirstOrThrow({
      where: { project: { seq: projectSeq }, seq: options.conditionSeq ?? 1 },
      select: { id: true },
    }),
  ]);
  const institutionId =
    options.channel === "INSTITUTION"
      ? (options.institutionId ?? (await db.institution.findFirstOrThrow({ select: { id: true } })).id)
      : null;
  const app = await db.application.create({
    data: {
      planId: plan,
      candidateId: candidate.candidateId,
      channel: options.channel ?? "INDIVIDUAL",
      institutionId,
      conditionId: condition.id,
      status: options.status ?? "SUBMITTED",
      version: 1,
      education: options.education ?? "BACHELOR",
      school: "四川大学",
      major: "计算机科学与技术",
      occupation: "心理咨询师",
      graduationYear: 2012,
      address: "成都市武侯区人民南路三段17号",
      educationProofCase: 1,
      pledgeAcceptedAt: new Date("2025-05-08T02:00:00Z"),
      submittedAt: options.submittedAt ?? new Date("2025-05-08T02:00:00Z"),
      reviewDueDate: options.reviewDueDate === null ? null : fromIsoDate(options.reviewDueDate ?? "2025-05-22"),
      events: { create: { toStatus: options.status ?? "SUBMITTED", note: "factory" } },
    },
    select: { id: true, version: true },
  });
  if (options.withFiles !== false) await attachAll(app.id);
  return { id: app.id, version: app.version, candidateId: candidate.candidateId, idNumber: candidate.idNumber };
}

/** A receipt waiting for 确认收费, linked to `applicationIds` (which should be PAYMENT_SUBMITTED). */
export async function pendingPayment(options: {
  applicationIds: string[];
  planId: string;
  submittedById: string;
  expectedAmountFen?: number;
  amountFen?: number;
  payerName?: string;
  transferDate?: string;
  channel?: "INDIVIDUAL" | "INSTITUTION";
  institutionId?: string | null;
}): Promise<{ id: string; referenceCode: string }> {
  const id = randomUUID();
  const referenceCode = referenceCodeFor(id, options.channel === "INSTITUTION" ? "JG" : "GR");
  const expected = options.expectedAmountFen ?? 30_000 * options.applicationIds.length;
  await db.payment.create({
    data: {
      id,
      channel: options.channel ?? "INDIVIDUAL",
      planId: options.planId,
      institutionId: options.institutionId ?? null,
      referenceCode,
      payerName: options.payerName ?? "王小明",
      amountFen: options.amountFen ?? expected,
      expectedAmountFen: expected,
      transferDate: fromIsoDate(options.transferDate ?? "2025-05-26"),
      headCount: options.applicationIds.length,
      submittedById: options.submittedById,
      items: { create: options.applicationIds.map((applicationId) => ({ applicationId })) },
    },
  });
  return { id, referenceCode };
}

export async function applicationState(id: string) {
  return db.application.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      returnReasons: true,
      returnedSnapshot: true,
      rejectReason: true,
      decidedAt: true,
      events: { select: { toStatus: true, note: true, actorId: true } },
    },
  });
}

export async function auditRows(entityId: string) {
  return db.auditLog.findMany({
    where: { entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
}

export async function notificationsFor(applicationId: string) {
  return db.notification.findMany({
    where: { applicationId },
    orderBy: { createdAt: "asc" },
    select: { title: true, body: true, userId: true, institutionId: true },
  });
}
