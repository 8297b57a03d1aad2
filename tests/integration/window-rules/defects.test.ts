import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getApplication } from "@/lib/server/applications/get-application";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import type { Actor } from "@/lib/server/auth/session";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { forfeitUnpaidApplications } from "@/lib/server/jobs/forfeit-unpaid";
import { lapseDrafts } from "@/lib/server/jobs/lapse-drafts";
import { expireUndecidedApplications } from "@/lib/server/jobs/expire-undecided";
import { runDueJobs } from "@/lib/server/jobs/run-due-jobs";
import { escalateUndecided } from "@/lib/server/jobs/escalate-undecided";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { addDays } from "@/lib/domain/iso-date";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { approveApplication } from "@/lib/server/review/approve-application";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { createInstitutionActor, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, freshBatch, notificationsFor, pendingPayment, planIn } from "../staff/review/factories";
import { BATCHES_2025 } from "@/lib/domain/catalog/batches-2025";
import { AT, PERSONAL, datesOf, dayAfter, lonelyBatch, ownedApplication } from "./support";

// Issue 12's defects 1, 2, 3, 4, 9, each as it was seen on batch 5 (三: registration 05-06–05-13,
// review 05-13–05-23, payment 05-26–05-28). Each failed on the code before the rule table.

let reviewer: Actor;
let finance: Actor;
let batch5: { id: string };

beforeAll(async () => {
  await ensureCatalog();
  reviewer = await createStaff(["REVIEWER"]);
  finance = await createStaff(["FINANCE"]);
  batch5 = await freshBatch();
});

describe("defect 1: returned before the review window opens, the application can be fixed at once", () => {
  it("the candidate sees the edit button, saves and resubmits on 05-08", async () => {
    const app = await ownedApplication({ batchId: batch5.id, status: "RETURNED" });
    const page = await getApplication(app.actor, app.id, "2025-05-08");
    expect(page.may.edit).toEqual({ allowed: true });
    await updateApplication(app.actor, app.id, PERSONAL, "2025-05-08", AT);
    expect(await submitApplication(app.actor, app.id, "2025-05-08", AT)).toMatchObject({ status: "SUBMITTED" });
  });

  it("so does the institution for its candidate", async () => {
    const institution = await createInstitutionActor();
    const app = await ownedApplication({
      batchId: batch5.id,
      status: "RETURNED",
      channel: "INSTITUTION",
      institutionId: institution.institutionId,
      institutionActor: institution,
    });
    expect((await getApplication(institution, app.id, "2025-05-08")).may.edit).toEqual({ allowed: true });
    await updateApplication(institution, app.id, PERSONAL, "2025-05-08", AT);
    expect(await submitApplication(institution, app.id, "2025-05-08", AT)).toMatchObject({ status: "SUBMITTED" });
  });

  it("after the review window it is refused with what to do, and the page says so", async () => {
    const app = await ownedApplication({ batchId: batch5.id, status: "RETURNED" });
    const page = await getApplication(app.actor, app.id, "2025-05-24");
    expect(page.may.edit).toMatchObject({ allowed: false, reason: { key: "resubmitClosed", params: { date: "2025-05-23" } } });
    await expect(updateApplication(app.actor, app.id, PERSONAL, "2025-05-24", AT)).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      message: "windowRules.refused.resubmitClosed",
    });
  });
});

describe("defect 2: the feedback date after a resubmission stays inside the review window", () => {
  it.each(["2025-05-13", "2025-05-14"])("resubmitted on %s: due 05-23, shown so in the queue", async (day) => {
    const app = await ownedApplication({ batchId: batch5.id, status: "RETURNED" });
    expect(await submitApplication(app.actor, app.id, day, AT)).toMatchObject({ reviewDueDate: "2025-05-23" });
    const queue = await listReviewQueue(reviewer, { status: "SUBMITTED", batch: batch5.id, page: 1 }, day);
    expect(queue.rows.find((r) => r.id === app.id)?.reviewDueDate).toBe("2025-05-23");
  });
});

describe("defect 3: undecided at the end of review is the center's fault, handled by a rule the candidate sees", () => {
  it("the reviewer may still decide on the grace day (05-26), not after", async () => {
    const a = await ownedApplication({ batchId: batch5.id, status: "SUBMITTED", withFiles: false });
    expect(await approveApplication(reviewer, a.id, a.version, "2025-05-26", AT)).toMatchObject({ status: "APPROVED" });
    const b = await ownedApplication({ batchId: batch5.id, status: "SUBMITTED", withFiles: false });
    await expect(approveApplication(reviewer, b.id, b.version, "2025-05-27", AT)).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
  });

  it("the dashboard's 超期未审核 and the queue lead only to applications that can still be decided", async () => {
    const staff = await createStaff(["REVIEWER", "EXAM_OFFICER"]);
    const before = await getDashboard(staff, "2025-05-20");
    const decidable = await ownedApplication({ batchId: batch5.id, status: "SUBMITTED", reviewDueDate: "2025-05-19" });
    const stale = await lonelyBatch();
    await ownedApplication({ batchId: stale.id, status: "SUBMITTED", reviewDueDate: `${stale.def.year}-05-19` });
    const after = await getDashboard(staff, "2025-05-20");
    expect(after.overdueReviews.count).toBe(before.overdueReviews.count + 1);
    // Batch 5's review ends 05-23: from 05-20 its undecided applications are escalated.
    expect(after.escalations.count).toBeGreaterThanOrEqual(1);
    expect(after.escalations.graceEnd).toBe("2025-05-26");
    const staleQueue = await listReviewQueue(staff, { status: "SUBMITTED", batch: stale.id, page: 1 }, "2025-05-20");
    expect(staleQueue.total).toBe(0);
    const queue = await listReviewQueue(staff, { status: "SUBMITTED", batch: batch5.id, page: 1 }, "2025-05-20");
    expect(queue.rows.map((r) => r.id)).toContain(decidable.id);
  });

  it("left undecided after the grace, it is cancelled and the candidate told it was the center's delay", async () => {
    const { id, def } = await lonelyBatch();
    const app = await ownedApplication({ batchId: id, status: "SUBMITTED", withFiles: false });
    const grace = datesOf(def).reviewGraceEnd;
    await expireUndecidedApplications(grace);
    expect((await applicationState(app.id)).status).toBe("SUBMITTED");
    await runDueJobs(dayAfter(grace));
    await runDueJobs(dayAfter(grace));
    const state = await applicationState(app.id);
    expect(state.status).toBe("CANCELLED");
    expect(state.events.map((e) => e.toStatus)).toEqual(["SUBMITTED", "CANCELLED"]);
    const told = await notificationsFor(app.id);
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain("并非您的原因");
  });
});

describe("defect 4: receipts are confirmed within a stated grace, then forfeited", () => {
  async function waitingReceipt(batchId: string) {
    const app = await ownedApplication({ batchId, status: "PAYMENT_SUBMITTED", withFiles: false });
    const payment = await pendingPayment({
      applicationIds: [app.id],
      planId: await planIn(batchId, 1),
      submittedById: finance.id,
    });
    return { app, payment };
  }

  it("finance confirms on 05-29 (one working day after 05-28), not on 05-30", async () => {
    const ok = await waitingReceipt(batch5.id);
    expect(await confirmPayment(finance, ok.payment.id, new Date("2025-05-29T08:00:00Z"))).toMatchObject({ changed: true });
    const late = await waitingReceipt(batch5.id);
    await expect(confirmPayment(finance, late.payment.id, new Date("2025-05-30T01:00:00Z"))).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      message: "windowRules.refused.confirmClosed",
    });
    expect((await applicationState(late.app.id)).status).toBe("PAYMENT_SUBMITTED");
  });

  it("batch 4's receipt cannot be confirmed on 2025-06-20, after its exam", async () => {
    const batch4 = await freshBatch({ template: BATCHES_2025[3]! });
    const r = await waitingReceipt(batch4.id);
    await expect(confirmPayment(finance, r.payment.id, new Date("2025-06-20T02:00:00Z"))).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
  });

  it("a receipt nobody confirmed is forfeited the day after the grace, once, and the applicant told", async () => {
    const { id, def } = await lonelyBatch();
    const r = await waitingReceipt(id);
    const grace = datesOf(def).paymentGraceEnd;
    await forfeitUnpaidApplications(grace);
    expect((await applicationState(r.app.id)).status).toBe("PAYMENT_SUBMITTED");
    await forfeitUnpaidApplications(dayAfter(grace));
    await forfeitUnpaidApplications(dayAfter(grace));
    expect((await applicationState(r.app.id)).status).toBe("FORFEITED");
    expect(await notificationsFor(r.app.id)).toMatchObject([{ title: "缴费未能确认，视为放弃报考" }]);
  });
});

describe("defect 9: institution drafts lapse when registration ends, the institution told once", () => {
  it("three drafts lapse the day after registration; one digest for the institution", async () => {
    const institution = await createInstitutionActor();
    const { id, def } = await lonelyBatch();
    const drafts = [];
    for (let i = 0; i < 3; i++)
      drafts.push(
        await ownedApplication({
          batchId: id,
          status: "DRAFT",
          channel: "INSTITUTION",
          institutionId: institution.institutionId,
          withFiles: false,
        }),
      );
    const own = await ownedApplication({ batchId: id, status: "DRAFT", withFiles: false });
    await lapseDrafts(def.registration.end);
    expect((await applicationState(drafts[0]!.id)).status).toBe("DRAFT");
    await runDueJobs(dayAfter(def.registration.end));
    await runDueJobs(dayAfter(def.registration.end));
    for (const d of [...drafts, own]) expect((await applicationState(d.id)).status).toBe("LAPSED");
    // Bodies are encrypted at rest (they name people): filtered after reading, not in SQL.
    const digests = (
      await db.notification.findMany({
        where: { institutionId: institution.institutionId, dedupeKey: { startsWith: `drafts-lapsed:` } },
        select: { body: true },
      })
    ).filter((n) => n.body.includes(`${def.year}年第${def.seq}批`));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.body).toContain("3 份报名未提交");
    // A person's own draft goes quietly: they never applied.
    expect(await notificationsFor(own.id)).toEqual([]);
  });
});

describe("defect 3, escalation: reviewers are told in their inbox from 3 working days before review ends", () => {
  it("one message a day per batch to every reviewer, only while its applications can be decided", async () => {
    const { id, def } = await lonelyBatch();
    await ownedApplication({ batchId: id, status: "SUBMITTED", withFiles: false });
    const late = await createStaff(["REVIEWER"]);
    const dates = datesOf(def);
    const before = addDays(dates.escalateFrom, -1);
    expect(await inbox(late, `${def.year}年第${def.seq}批`, before)).toEqual([]);
    await escalateUndecided(dates.escalateFrom);
    await escalateUndecided(dates.escalateFrom);
    const told = await inbox(late, `${def.year}年第${def.seq}批`);
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain(`审核宽限期至 ${dates.reviewGraceEnd} 结束`);
    // The reviewer reads it in the inbox (staff read their own messages now).
    const { items } = await listNotifications(late);
    expect(items.map((n) => n.title)).toContain(`待审核申请即将超期（${def.year}年第${def.seq}批）`);
  });
});

async function inbox(staff: Actor, batchLabel: string, runFirst?: string) {
  if (runFirst) await escalateUndecided(runFirst);
  return db.notification.findMany({ where: { userId: staff.id, title: { contains: batchLabel } }, select: { body: true } });
}
