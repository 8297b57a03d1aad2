import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importScores } from "@/lib/server/results/import-scores";
import { publishNotice } from "@/lib/server/results/publish-notice";
import { getApplication } from "@/lib/server/applications/get-application";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { issueDueCertificates } from "@/lib/server/certificates/issue-due-certificates";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createBatch, officer, snapshot } from "../exam/factories";
import { noticeDates, publishedPlan, satPlan, scoreSheet } from "../exam/results-factories";
import { addDays } from "@/lib/domain/iso-date";

beforeAll(ensureCatalog);

describe("八 成绩公示: no earlier than 5 working days after the exam", () => {
  it("[考务] 2025-09-27 exam: refused the day before the 5th working day (National Day holiday and 调休 counted), published on it", async () => {
    const batch = await createBatch("2025-09-27");
    const { start, end } = noticeDates("2025-09-27");
    // 10-01…10-08 are holidays: a weekday count would have allowed publishing in the first week of October.
    expect(start > "2025-10-08").toBe(true);
    const dayBefore = addDays(start, -1);
    const { plan, apps, tickets } = await satPlan(batch, 19, ["张三", "李四", "王五"]);
    const actor = await officer();
    await importScores(
      actor,
      batch.id,
      await scoreSheet([
        [tickets[0]!, 90],
        [tickets[1]!, 60],
      ]),
      "2025-09-29",
    );
    const before = await snapshot(plan);
    await expect(
      publishNotice(actor, { planId: plan }, dayBefore, new Date(`${dayBefore}T02:00:00Z`), { confirm: true }),
    ).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      message: "staffExam.errors.noticeTooEarly",
      params: { date: start, exam: "2025-09-27" },
    });
    await expect(
      publishNotice(actor, { planId: plan }, start, new Date(`${start}T02:00:00Z`), { confirm: true }),
    ).rejects.toMatchObject({
      message: "staffExam.errors.scoresMissing",
      params: { missing: 1 },
    });
    expect(await snapshot(plan)).toEqual(before);

    await importScores(actor, batch.id, await scoreSheet([[tickets[2]!, 12]]), start);
    // Issue 16 item 10: publishing is public and final, so the use case wants the confirmation step.
    await expect(
      publishNotice(actor, { planId: plan }, start, new Date(`${start}T02:00:00Z`), { confirm: false }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "staffWork.errors.confirmFirst",
    });
    expect(await db.plan.count({ where: { id: plan, noticePublishedAt: { not: null } } })).toBe(0);
    const outcome = await publishNotice(actor, { planId: plan }, start, new Date(`${start}T02:00:00Z`), { confirm: true });
    // 九 after 八 (issue 12 item 8): no certificate while the notice is open to objections.
    expect(outcome).toEqual({ plans: 1, candidates: 3, certificatesIssued: 0, noticeEnd: end });
    expect(await db.application.count({ where: { planId: plan, certificateNumber: { not: null } } })).toBe(0);
    const notes = await db.notification.findMany({ where: { applicationId: apps[2]!.id }, select: { title: true, body: true } });
    expect(notes.find((n) => n.title === "成绩已公示")?.body).toContain("12分，不合格");
    expect(await db.auditLog.count({ where: { action: "notice.publish", entityId: plan } })).toBe(1);
    await expect(publishNotice(actor, { planId: plan }, addDays(start, 1), new Date(), { confirm: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // Scores are frozen once published.
    const late = await importScores(actor, batch.id, await scoreSheet([[tickets[2]!, 61]]), addDays(start, 1));
    expect(late).toEqual({ ok: false, problems: [{ line: 2, issue: "notice-published", value: tickets[2] }] });
  });

  it("[考务] publishes a whole batch at once; certificate numbers continue per project and year", async () => {
    const batch = await createBatch("2025-08-09");
    const a = await satPlan(batch, 20, ["张三"]);
    const b = await satPlan(batch, 21, ["李四"]);
    const actor = await officer();
    await importScores(
      actor,
      batch.id,
      await scoreSheet([
        [a.tickets[0]!, 70],
        [b.tickets[0]!, 100],
      ]),
      "2025-08-09",
    );
    const { start } = noticeDates("2025-08-09");
    const outcome = await publishNotice(actor, { batchId: batch.id }, start, new Date(`${start}T02:00:00Z`), { confirm: true });
    expect(outcome).toMatchObject({ plans: 2, candidates: 2, certificatesIssued: 0 });
    await expect(publishNotice(actor, { batchId: batch.id }, start, new Date(), { confirm: true })).rejects.toMatchObject({
      message: "staffExam.errors.nothingToPublish",
    });
  });
});

describe("九 certificates after the notice of 八 (issue 12 item 8)", () => {
  it("[考务] refused on the notice's last day with the day it becomes possible; issued on the first working day after; the candidate sees both dates", async () => {
    // Exam 2025-05-24: notice 05-30 … 06-06 (端午 06-02 off), e-certificate 06-09 (Monday), paper 08-18.
    const { plan, apps, actor, start, certificatesFrom } = await publishedPlan("2025-05-24", 14, { certificates: false });
    expect([start, certificatesFrom]).toEqual(["2025-05-30", "2025-06-09"]);
    const zhang = apps[0]!; // 75: passed
    const note = await db.notification.findFirst({
      where: { applicationId: zhang.id, title: "成绩已公示" },
      select: { body: true },
    });
    expect(note?.body).toContain("电子证书自2025-06-09起可下载、核验，纸质证书自2025-08-18起领取");

    for (const day of ["2025-05-30", "2025-06-06", "2025-06-07", "2025-06-08"]) {
      await expect(issuePlanCertificates(actor, plan, new Date(`${day}T10:00:00+08:00`))).rejects.toMatchObject({
        code: "WINDOW_CLOSED",
        message: "certificateDates.errors.noticeRunning",
        params: { end: "2025-06-06", date: "2025-06-09" },
      });
      await issueDueCertificates(day, new Date(`${day}T10:00:00+08:00`));
    }
    expect(await db.application.count({ where: { planId: plan, certificateNumber: { not: null } } })).toBe(0);
    expect((await getApplication(zhang.actor, zhang.id, "2025-06-01")).certificateDates).toEqual({
      noticeEnd: "2025-06-06",
      electronicFrom: "2025-06-09",
      paperFrom: "2025-08-18",
    });

    // The job, on the first working day after the notice (the officer's button would do the same).
    const at = new Date("2025-06-09T08:00:00+08:00");
    expect((await issueDueCertificates("2025-06-09", at)).issued).toBeGreaterThanOrEqual(1);
    const row = await db.application.findUniqueOrThrow({
      where: { id: zhang.id },
      select: { certificateNumber: true, certificateIssuedAt: true },
    });
    expect(row.certificateNumber).toMatch(/^SC2025/);
    expect(row.certificateIssuedAt).toEqual(at);
    expect(await issuePlanCertificates(actor, plan, at)).toEqual({ issued: 0 });
  });
});
