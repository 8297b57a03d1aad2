import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { makePdf, sizeKb } from "@/tests/support/files";
import { createBatch, createPlan, createSite } from "../../staff/exam/factories";
import { pendingPayment } from "../../staff/review/factories";
import {
  batchId,
  createApplication,
  createCandidate,
  createInstitutionActor,
  createStaff,
  planId,
} from "../../support/factories";

/** A signed-in (or not) caller of the access table: who is asking. */
export interface Persona {
  name: string;
  /** next-auth session the mocked auth() returns; null: not signed in. */
  session: { user: { id: string }; sv: number } | null;
}

/**
 * The objects every action and route of the table is aimed at: they belong to a victim
 * candidate and a victim institution, so every persona below is someone else. Staff objects
 * (plans, payments, sites) belong to the center: only the right role may touch them.
 */
export interface World {
  victim: { userId: string; draft: string; approved: string; confirmed: string; notification: string; photoFile: string };
  institution: {
    id: string;
    userId: string;
    draft: string;
    /** Approved, in batch 4, whose payment window is open on the table's day. */
    approved: string;
    approvedBatch: string;
    plan: string;
    upload: string;
    batch: string;
  };
  batch5: string;
  plan: string;
  examBatch: string;
  heldPlan: string;
  payment: string;
  /** A refund due after a plan decision (ADR 080). */
  refund: string;
  site: string;
  room: string;
  staffUser: string;
  /** Issue 11: a pending correction request of the victim (mobile). */
  correction: string;
  personas: Persona[];
}

const ROLES: StaffRole[] = ["REVIEWER", "FINANCE", "EXAM_OFFICER", "ADMIN"];

async function staffPersona(roles: StaffRole[], withFactor: boolean): Promise<Persona> {
  const actor = await createStaff(roles);
  if (withFactor)
    await db.staffSecondFactor.create({
      data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
  await db.user.update({ where: { id: actor.id }, data: { lastSeenAt: new Date() } });
  return { name: withFactor ? roles.join("+") : "staff without second factor", session: { user: { id: actor.id }, sv: 0 } };
}

export async function buildWorld(): Promise<World> {
  const victim = await createCandidate({ name: "受害考生" });
  const draft = await createApplication({ candidateId: victim.candidateId, batchSeq: 5, projectSeq: 1 });
  const approved = await createApplication({
    candidateId: victim.candidateId,
    batchSeq: 4,
    projectSeq: 2,
    status: "APPROVED",
    withFiles: false,
  });
  const confirmed = await createApplication({
    candidateId: victim.candidateId,
    batchSeq: 3,
    projectSeq: 3,
    status: "PAYMENT_CONFIRMED",
  });
  await db.application.update({
    where: { id: confirmed },
    data: { ticketNumber: `9${String(Date.now()).slice(-10)}`, certificateNumber: `C${randomUUID().slice(0, 12)}` },
  });
  const notification = await db.notification.create({
    data: { userId: victim.actor.id, applicationId: draft, title: "测试", body: "测试" },
    select: { id: true },
  });
  const photo = await db.attachment.findUniqueOrThrow({
    where: { applicationId_kind: { applicationId: draft, kind: "PHOTO" } },
    select: { fileId: true },
  });

  const org = await createInstitutionActor("四川省大数据产业联合会");
  const orgDraft = await createApplication({
    candidateId: (await createCandidate()).candidateId,
    batchSeq: 5,
    projectSeq: 3,
    channel: "INSTITUTION",
    institutionId: org.institutionId,
  });
  const orgPlan = await planId(5, 3);
  await db.project.updateMany({ where: { seq: 3, feeFen: 0 }, data: { feeFen: 30_000 } });
  // Batch 4's payment window is open on the test's day (三), so a bulk payment reaches the ownership check.
  const orgApproved = await createApplication({
    candidateId: (await createCandidate()).candidateId,
    batchSeq: 4,
    projectSeq: 3,
    status: "APPROVED",
    channel: "INSTITUTION",
    institutionId: org.institutionId,
    withFiles: false,
  });
  const pdf = makePdf(sizeKb(10));
  const file = await db.storedFile.create({
    data: { sha256: "0".repeat(64), mime: "text/csv", size: pdf.length, originalName: "roster.csv", data: pdf },
    select: { id: true },
  });
  const upload = await db.rosterUpload.create({
    data: {
      institutionId: org.institutionId!,
      batchId: await batchId(5),
      fileId: file.id,
      uploadedById: org.id,
      originalName: "roster.csv",
      rowCount: 1,
      validCount: 0,
    },
    select: { id: true },
  });

  const examBatch = await createBatch("2041-06-16");
  const heldPlan = await createPlan(examBatch, 5, "HELD");
  const { siteId, roomIds } = await createSite([{ name: "101", capacity: 30 }]);
  const paid = await createApplication({
    candidateId: (await createCandidate()).candidateId,
    batchSeq: 4,
    projectSeq: 6,
    status: "PAYMENT_SUBMITTED",
    withFiles: false,
  });
  const finance = await createStaff(["FINANCE"]);
  const payment = await pendingPayment({ applicationIds: [paid], planId: await planId(4, 6), submittedById: finance.id });
  const refund = await db.refund.create({
    data: { paymentId: payment.id, applicationId: paid, amountFen: 15_000, payerName: "王小明", reason: "考核计划取消" },
    select: { id: true },
  });

  const otherOrg = await db.institution.findFirstOrThrow({
    where: { id: { not: org.institutionId! } },
    orderBy: { seq: "asc" },
    select: { id: true, name: true },
  });
  const stranger = await createCandidate({ name: "别的考生" });
  const otherOrgUser = await createInstitutionActor(otherOrg.name);

  const personas: Persona[] = [
    { name: "nobody", session: null },
    { name: "another candidate", session: { user: { id: stranger.actor.id }, sv: 0 } },
    { name: "another institution", session: { user: { id: otherOrgUser.id }, sv: 0 } },
    ...(await Promise.all(ROLES.map((role) => staffPersona([role], true)))),
    // Issue 11 (ADR 060): the auditor, alone (an administrator may not be one too).
    await staffPersona(["AUDITOR"], true),
    await staffPersona(ROLES, false),
  ];
  return {
    victim: { userId: victim.actor.id, draft, approved, confirmed, notification: notification.id, photoFile: photo.fileId },
    institution: {
      id: org.institutionId!,
      userId: org.id,
      draft: orgDraft,
      approved: orgApproved,
      approvedBatch: await batchId(4),
      plan: orgPlan,
      upload: upload.id,
      batch: await batchId(5),
    },
    batch5: await batchId(5),
    plan: await planId(5, 1),
    examBatch: examBatch.id,
    heldPlan,
    payment: payment.id,
    refund: refund.id,
    site: siteId,
    room: roomIds[0]!,
    staffUser: finance.id,
    correction: (
      await db.correctionRequest.create({
        data: {
          candidateId: victim.candidateId,
          userId: victim.actor.id,
          field: "MOBILE",
          requestedValue: "13900000000",
          reason: "换号",
        },
        select: { id: true },
      })
    ).id,
    personas,
  };
}

/**
 * Everything a refused call must leave as it was: a digest per table of the columns that
 * record decisions and ownership (not RateLimit, nor staff activity timestamps).
 */
export async function fingerprint(): Promise<Record<string, string>> {
  const tables: Record<string, string> = {
    Application: `SELECT md5(coalesce(string_agg(concat_ws('|', id, status, version, "updatedAt", "ticketNumber", "roomId", seat, score, "certificateNumber", "checkedInAt", "certificateCollectedAt"), ',' ORDER BY id), '')) FROM "Application"`,
    Attachment: `SELECT md5(coalesce(string_agg(concat_ws('|', id, "fileId"), ',' ORDER BY id), '')) FROM "Attachment"`,
    StoredFile: `SELECT count(*)::text FROM "StoredFile"`,
    Payment: `SELECT md5(coalesce(string_agg(concat_ws('|', id, status, "receiptFileId", "decidedAt"), ',' ORDER BY id), '')) FROM "Payment"`,
    User: `SELECT md5(coalesce(string_agg(concat_ws('|', id, "sessionVersion", roles::text, "disabledAt", "passwordHash", email, "emailSince"), ',' ORDER BY id), '')) FROM "User"`,
    StaffSecondFactor: `SELECT md5(coalesce(string_agg(concat_ws('|', "userId", "enabledAt", "totpSecret"), ',' ORDER BY "userId"), '')) FROM "StaffSecondFactor"`,
    Batch: `SELECT md5(coalesce(string_agg(concat_ws('|', id, published, "registrationStart", "examDate"), ',' ORDER BY id), '')) FROM "Batch"`,
    Plan: `SELECT md5(coalesce(string_agg(concat_ws('|', id, status, "movedToPlanId", "noticePublishedAt"), ',' ORDER BY id), '')) FROM "Plan"`,
    Project: `SELECT md5(string_agg(concat_ws('|', seq, "feeFen"), ',' ORDER BY seq)) FROM "Project"`,
    Institution: `SELECT md5(string_agg(concat_ws('|', id, name, active), ',' ORDER BY id)) FROM "Institution"`,
    Setting: `SELECT md5(coalesce(string_agg(concat_ws('|', key, value::text), ',' ORDER BY key), '')) FROM "Setting"`,
    HolidayOverride: `SELECT md5(coalesce(string_agg(concat_ws('|', date, "isWorkingDay"), ',' ORDER BY date), '')) FROM "HolidayOverride"`,
    ExamSite: `SELECT md5(coalesce(string_agg(concat_ws('|', id, name), ',' ORDER BY id), '')) FROM "ExamSite"`,
    Room: `SELECT md5(coalesce(string_agg(concat_ws('|', id, name, capacity), ',' ORDER BY id), '')) FROM "Room"`,
    Notification: `SELECT md5(coalesce(string_agg(concat_ws('|', id, "readAt"), ',' ORDER BY id), '')) FROM "Notification"`,
    counts: `SELECT concat_ws('|', (SELECT count(*) FROM "AuditLog"), (SELECT count(*) FROM "ApplicationEvent"), (SELECT count(*) FROM "Candidate"),
      (SELECT count(*) FROM "RosterUpload"), (SELECT count(*) FROM "InstitutionDocument"), (SELECT count(*) FROM "BankStatementLine"), (SELECT count(*) FROM "PaymentItem"),
      (SELECT count(*) FROM "ScoreCorrection"))`,
  };
  const out: Record<string, string> = {};
  for (const [name, sql] of Object.entries(tables)) {
    const rows = await db.$queryRawUnsafe<Record<string, string>[]>(sql);
    out[name] = String(Object.values(rows[0] ?? {})[0]);
  }
  return out;
}
