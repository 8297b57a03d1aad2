import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { dueClockEvent, mayDo } from "@/lib/domain/window-rules";
import { getApplication, getWizardApplication } from "@/lib/server/applications/get-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import type { Actor } from "@/lib/server/auth/session";
import { runDueJobs } from "@/lib/server/jobs/run-due-jobs";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { getPaymentInfo } from "@/lib/server/payments/get-payment-info";
import { approveApplication } from "@/lib/server/review/approve-application";
import { getReviewApplication } from "@/lib/server/review/get-review-application";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, freshBatch, pendingPayment, planIn } from "../staff/review/factories";
import { AT, PERSONAL, datesOf, lonelyBatch, ownedApplication } from "./support";

// Issue 12 "a button shown ⇔ the action succeeds": on batch 5's boundary days (三: registration
// 05-06–05-13, review 05-13–05-23, payment 05-26–05-28, tickets 06-09–06-13, exam 06-14) the
// pages' flags, the use cases and the jobs give the rule table's answer.
const DAYS = [
  "2025-05-05",
  "2025-05-06",
  "2025-05-13",
  "2025-05-14",
  "2025-05-23",
  "2025-05-24",
  "2025-05-26",
  "2025-05-27",
  "2025-05-28",
  "2025-05-29",
  "2025-05-30",
  "2025-06-14",
];

let reviewer: Actor;
let finance: Actor;
let batch: { id: string; def: Parameters<typeof datesOf>[0] };

beforeAll(async () => {
  await ensureCatalog();
  reviewer = await createStaff(["REVIEWER"]);
  finance = await createStaff(["FINANCE"]);
  batch = await freshBatch();
});

const succeeds = (p: Promise<unknown>) =>
  p.then(
    () => true,
    () => false,
  );

describe("pages and use cases agree with the rule table on every boundary day of batch 5", () => {
  // One test over all days: a day where the old code happened to agree proves nothing alone.
  it("flag shown ⇔ action succeeds, on each sample day", async () => {
    for (const day of DAYS) await agreeOn(day);
  });
});

async function agreeOn(day: string) {
  const dates = datesOf(batch.def);
  const table = (action: Parameters<typeof mayDo>[0], role: Parameters<typeof mayDo>[1]["role"], status: ApplicationStatus) =>
    mayDo(action, { role, status: status, batch: batch.def, dates, day }).allowed;

  // The applicant's edit button ⇔ saving a step succeeds, for a draft and a return.
  for (const status of ["DRAFT", "RETURNED"] as const) {
    const app = await ownedApplication({ batchId: batch.id, status, withFiles: false });
    const detail = await getApplication(app.actor, app.id, day);
    const shown = detail.may.edit?.allowed;
    expect(shown, `${day} ${status} edit shown`).toBe(table("edit", "candidate", status));
    // The wizard's own read (ADR 152) says the same as the detail page.
    const wizard = await getWizardApplication(app.actor, app.id, day);
    expect({ ...wizard }, `${day} ${status} wizard read`).toEqual({
      ...Object.fromEntries(Object.keys(wizard).map((k) => [k, detail[k as keyof typeof detail]])),
    });
    expect(await succeeds(updateApplication(app.actor, app.id, PERSONAL, day, AT)), `${day} ${status} edit works`).toBe(shown);
  }

  // The payment page's upload form ⇔ the table's upload-receipt for an approved application.
  const approved = await ownedApplication({ batchId: batch.id, status: "APPROVED", withFiles: false });
  const info = await getPaymentInfo(approved.actor, approved.id, day);
  const pageFlag = (await getApplication(approved.actor, approved.id, day)).may["upload-receipt"]?.allowed;
  expect(info.windowOpen).toBe(table("upload-receipt", "candidate", "APPROVED"));
  expect(pageFlag).toBe(info.windowOpen);

  // The review screen's decision buttons ⇔ a decision succeeds.
  const submitted = await ownedApplication({ batchId: batch.id, status: "SUBMITTED", withFiles: false });
  const canDecide = (await getReviewApplication(reviewer, submitted.id, day)).canDecide;
  expect(canDecide).toBe(table("review-decide", "reviewer", "SUBMITTED"));
  expect(await succeeds(approveApplication(reviewer, submitted.id, submitted.version, day, AT))).toBe(canDecide);

  // 确认收费 ⇔ the table's confirm-payment (noon in Beijing of `day`).
  const paid = await ownedApplication({ batchId: batch.id, status: "PAYMENT_SUBMITTED", withFiles: false });
  const payment = await pendingPayment({
    applicationIds: [paid.id],
    planId: await planIn(batch.id, 1),
    submittedById: finance.id,
  });
  const confirmed = await succeeds(confirmPayment(finance, payment.id, new Date(`${day}T12:00:00+08:00`)));
  expect(confirmed, `${day} confirm`).toBe(table("confirm-payment", "finance", "PAYMENT_SUBMITTED"));
}

describe("the jobs move exactly what the rule table says is due", () => {
  const STATUSES: ApplicationStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED"];

  it("on every boundary day (in a year of its own), each status moves ⇔ dueClockEvent", async () => {
    const lonely = await lonelyBatch();
    const dates = datesOf(lonely.def);
    const year = String(lonely.def.year);
    for (const day of DAYS.map((d) => `${year}${d.slice(4)}`)) {
      const apps = [];
      for (const status of STATUSES)
        apps.push({ status, ...(await ownedApplication({ batchId: lonely.id, status, withFiles: false })) });
      await runDueJobs(day);
      for (const app of apps) {
        const moved = (await applicationState(app.id)).status !== app.status;
        const due = dueClockEvent(app.status, lonely.def, day, dates) !== null;
        expect(moved, `${day} ${app.status}`).toBe(due);
      }
    }
  });
});
