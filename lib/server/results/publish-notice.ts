import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { isPass } from "@/lib/domain/score-import";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockPlans } from "@/lib/server/exam/issue-tickets";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { keyedEvent, notifyEvent } from "@/lib/server/notifications/notify";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { certificateDates, type CertificateDates } from "@/lib/domain/derived-dates";
import { loadBatchDates } from "./batch-dates";

export type NoticeScope = { planId: string } | { batchId: string };

export interface PublishOutcome {
  plans: number;
  candidates: number;
  certificatesIssued: number;
  noticeEnd: IsoDate;
}

async function publishOne(tx: Tx, planId: string, at: Date, dates: CertificateDates): Promise<{ candidates: number }> {
  const { noticeEnd } = dates;
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { status: true, noticePublishedAt: true, project: { select: { name: true } } },
  });
  if (plan.status !== "HELD") throw new AppError("CONFLICT", "staffExam.errors.planNotHeld");
  if (plan.noticePublishedAt) throw new AppError("CONFLICT", "staffExam.errors.noticeAlreadyPublished");
  const sat = await tx.application.findMany({
    where: { planId, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
    select: { id: true, score: true, absent: true },
  });
  const missing = sat.filter((a) => a.score === null && !a.absent).length;
  if (sat.length === 0) throw new AppError("CONFLICT", "staffExam.errors.noCandidates");
  if (missing > 0)
    throw new AppError("CONFLICT", { key: "staffExam.errors.scoresMissing", params: { missing, project: plan.project.name } });
  await tx.plan.update({ where: { id: planId }, data: { noticePublishedAt: at }, select: { id: true } });
  const byId = new Map(sat.map((a) => [a.id, a]));
  // One message per candidate who applied in person, one per institution naming its candidates (issue 13 item 9).
  const about = {
    project: plan.project.name,
    noticeEnd,
    electronicFrom: dates.electronicFrom,
    paperFrom: dates.paperFrom,
  };
  const result = (id: string) => {
    const a = byId.get(id)!;
    return a.absent ? { result: "absent", score: "" } : { result: isPass(a) ? "pass" : "fail", score: a.score ?? "" };
  };
  await notifyEvent(
    tx,
    sat.map((a) => a.id),
    keyedEvent({
      eventKey: `notice-published:${planId}`,
      candidate: "noticePublished",
      paramsFor: (id) => ({ ...about, ...result(id) }),
      lineFor: (id) => ({ key: "inbox.digest.score", params: result(id) }),
      institution: "noticePublishedInstitution",
      institutionParams: (list, count) => ({ ...about, count, list }),
    }),
  );
  return { candidates: sat.length };
}

/**
 * 八 "考核结束5个工作日后，由省职鉴中心进行成绩公示…公示期为5个工作日": refused before the
 * derived first day (working days, holidays and 调休 included), and while any candidate who
 * sat has no result. Certificates come after the notice ends (九, issue 12 item 8:
 * lib/server/certificates/issue-certificates.ts), never while objections are open.
 */
export async function publishNotice(
  actor: Actor,
  scope: NoticeScope,
  today: IsoDate,
  at: Date,
  options: { confirm: boolean },
): Promise<PublishOutcome> {
  assertStaffRole(actor, "EXAM_OFFICER");
  // Issue 16 item 10: the notice is public and cannot be taken back; the officer confirmed it.
  if (options?.confirm !== true) throw new AppError("INVALID", "staffWork.errors.confirmFirst");
  const id = "planId" in scope ? scope.planId : scope.batchId;
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const planRows = await db.plan.findMany({
    where: "planId" in scope ? { id } : { batchId: id, status: "HELD", noticePublishedAt: null },
    select: { id: true, batchId: true },
  });
  const batchId = planRows[0]?.batchId;
  if (!batchId)
    throw new AppError("NOT_FOUND", "planId" in scope ? "staffExam.errors.planNotFound" : "staffExam.errors.nothingToPublish");
  const batchDates = (await loadBatchDates(batchId))!;
  if (today < batchDates.derived.resultNoticeStart) {
    throw new AppError("WINDOW_CLOSED", {
      key: "staffExam.errors.noticeTooEarly",
      params: {
        date: batchDates.derived.resultNoticeStart,
        exam: batchDates.batch.examDate,
      },
    });
  }
  const dates = certificateDates(today, batchDates.batch.examDate, await loadWorkingDayCalendar());
  const { noticeEnd } = dates;
  return db.$transaction(async (tx) => {
    await lockPlans(
      tx,
      planRows.map((p) => p.id),
    );
    let candidates = 0;
    const certificatesIssued = 0; // 九: after the notice (issue-certificates.ts)
    for (const p of planRows) candidates += (await publishOne(tx, p.id, at, dates)).candidates;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "notice.publish",
      entity: "planId" in scope ? "Plan" : "Batch",
      entityId: id,
      after: { plans: planRows.map((p) => p.id), candidates, certificatesIssued, noticeEnd },
    });
    return { plans: planRows.length, candidates, certificatesIssued, noticeEnd };
  });
}
