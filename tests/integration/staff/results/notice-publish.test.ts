import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importScores } from "@/lib/server/results/import-scores";
import { publishNotice } from "@/lib/server/results/publish-notice";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createBatch, officer, snapshot } from "../exam/factories";
import { noticeDates, satPlan, scoreSheet } from "../exam/results-factories";
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
    await expect(publishNotice(actor, { planId: plan }, dayBefore, new Date(`${dayBefore}T02:00:00Z`))).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      message: "staffExam.errors.noticeTooEarly",
      params: { date: start, exam: "2025-09-27" },
    });
    await expect(publishNotice(actor, { planId: plan }, start, new Date(`${start}T02:00:00Z`))).rejects.toMatchObject({
      message: "staffExam.errors.scoresMissing",
      params: { missing: 1 },
    });
    expect(await snapshot(plan)).toEqual(before);

    await importScores(actor, batch.id, await scoreSheet([[tickets[2]!, 12]]), start);
    const outcome = await publishNotice(actor, { planId: plan }, start, new Date(`${start}T02:00:00Z`));
    expect(outcome).toEqual({ plans: 1, candidates: 3, certificatesIssued: 2, noticeEnd: end });
    const rows = await db.application.findMany({
      where: { planId: plan },
      orderBy: { ticketNumber: "asc" },
      select: { certificateNumber: true },
    });
    expect(rows[0]?.certificateNumber).toMatch(/^SC202519\d{6}$/);
    expect(rows[1]?.certificateNumber).toMatch(/^SC202519\d{6}$/);
    expect(rows[2]?.certificateNumber).toBeNull();
    const notes = await db.notification.findMany({ where: { applicationId: apps[2]!.id }, select: { title: true, body: true } });
    expect(notes.find((n) => n.title === "成绩已公示")?.body).toContain("12分，不合格");
    expect(await db.auditLog.count({ where: { action: "notice.publish", entityId: plan } })).toBe(1);
    await expect(publishNotice(actor, { planId: plan }, addDays(start, 1), new Date())).rejects.toMatchObject({
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
    const outcome = await publishNotice(actor, { batchId: batch.id }, start, new Date(`${start}T02:00:00Z`));
    expect(outcome).toMatchObject({ plans: 2, candidates: 2, certificatesIssued: 2 });
    await expect(publishNotice(actor, { batchId: batch.id }, start, new Date())).rejects.toMatchObject({
      message: "staffExam.errors.nothingToPublish",
    });
  });
});
