import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { formatCertificateNumber } from "@/lib/domain/certificate-number";
import { PASS_MARK } from "@/lib/domain/score-import";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { lockAndLoadPlan } from "@/lib/server/plans/load-plan";
import { toIsoDate } from "@/lib/dates";
import { shanghaiDate } from "@/lib/domain/calendar";
import { certificateDates, type CertificateDates } from "@/lib/domain/derived-dates";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { notifyApplicant } from "@/lib/server/notifications/notify";

/**
 * Certificate numbers count per project and exam year (ADR 005), across plans: the numbers of
 * one (year, project) are handed out under a transaction-scoped advisory lock, so two plans
 * published at once never take the same sequence, and the unique index is the last guard.
 * Numbers revoked by a score correction count too (ADR 047): a voided paper certificate's
 * number must never verify as someone else's. One statement, so a correction moving a number
 * from Application to ScoreCorrection is seen on one side or the other, never neither.
 */
async function lastSequence(tx: Tx, year: number, projectSeq: number): Promise<number> {
  const prefix = `SC${year}${String(projectSeq).padStart(2, "0")}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`certificate:${prefix}`}))`;
  const rows = await tx.$queryRaw<{ last: number | null }[]>`
    SELECT max(substring(n from 9 for 5)::int) AS last FROM (
      SELECT "certificateNumber" AS n FROM "Application" WHERE "certificateNumber" LIKE ${`${prefix}%`}
      UNION ALL
      SELECT "revokedCertificateNumber" FROM "ScoreCorrection" WHERE "revokedCertificateNumber" LIKE ${`${prefix}%`}
    ) issued`;
  return rows[0]?.last ?? 0;
}

/**
 * 九: a certificate number for every passed candidate of the plan who has none yet (60 or more,
 * 八), in ticket-number order. `readyFrom` is the day paper certificates can be collected.
 */
export async function issueCertificates(tx: Tx, planId: string, at: Date, readyFrom: string): Promise<number> {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { batch: { select: { examDate: true } }, project: { select: { seq: true, name: true } } },
  });
  const due = await tx.application.findMany({
    where: { planId, status: "PAYMENT_CONFIRMED", absent: false, score: { gte: PASS_MARK }, certificateNumber: null },
    orderBy: { ticketNumber: "asc" },
    select: { id: true, channel: true },
  });
  if (due.length === 0) return 0;
  const year = plan.batch.examDate.getUTCFullYear();
  let sequence = await lastSequence(tx, year, plan.project.seq);
  for (const app of due) {
    sequence += 1;
    const certificateNumber = formatCertificateNumber({ year, projectSeq: plan.project.seq, sequence });
    await tx.application.update({
      where: { id: app.id },
      data: { certificateNumber, certificateIssuedAt: at },
      select: { id: true },
    });
    const collect =
      app.channel === "INSTITUTION"
        ? `纸质证书自${readyFrom}起由报名机构凭签字盖章的《四川核发专项职业能力证书登记表》到省职鉴中心统一领取`
        : `纸质证书自${readyFrom}起请本人持有效身份证件到省职鉴中心5楼509室领取`;
    await notifyApplicant(tx, app.id, {
      title: "专项职业能力证书已生成",
      body: `${plan.project.name}证书编号：${certificateNumber}。电子证书可在“我的报名”中下载并扫码核验；${collect}（九）。`,
      key: "certificateIssued",
      params: {
        project: plan.project.name,
        number: certificateNumber,
        channel: app.channel === "INSTITUTION" ? "institution" : "individual",
        from: readyFrom,
      },
    });
  }
  return due.length;
}

/** 九 after 八: the plan's certificate dates once its notice is published (issue 12 item 8). */
export async function planCertificateDates(noticePublishedAt: Date, examDate: Date): Promise<CertificateDates> {
  return certificateDates(shanghaiDate(noticePublishedAt), toIsoDate(examDate), await loadWorkingDayCalendar());
}

/**
 * The explicit action: certificates for a published plan once its notice has ended (九; and
 * after a corrected score). While the notice runs, objections may still change results (八),
 * so it is refused with the day it becomes possible.
 */
export async function issuePlanCertificates(actor: Actor, planId: string, at: Date): Promise<{ issued: number }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (!plan.noticePublishedAt) throw new AppError("CONFLICT", "staffExam.errors.noticeNotPublished");
    const dates = await planCertificateDates(plan.noticePublishedAt, plan.batch.examDate);
    if (shanghaiDate(at) < dates.electronicFrom)
      throw new AppError("WINDOW_CLOSED", {
        key: "certificateDates.errors.noticeRunning",
        params: {
          end: dates.noticeEnd,
          date: dates.electronicFrom,
        },
      });
    const issued = await issueCertificates(tx, planId, at, dates.paperFrom);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "certificates.issue",
      entity: "Plan",
      entityId: planId,
      after: { issued },
    });
    return { issued };
  });
}
