import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { forfeitUnpaidApplications } from "@/lib/server/jobs/forfeit-unpaid";
import { lapseReturnedApplications } from "@/lib/server/jobs/lapse-returned";
import { runDueJobs } from "@/lib/server/jobs/run-due-jobs";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { applicationState, freshBatch, notificationsFor, submittedApplication } from "./factories";

// Each test moves its batch to a year of its own in the past, so "today" finds only its rows.
const usedYears = new Set<number>();
function lonelyYear(): number {
  let year = randomInt(1951, 2015);
  while (usedYears.has(year)) year = randomInt(1951, 2015);
  usedYears.add(year);
  return year;
}

beforeAll(ensureCatalog);

describe("四(二)3 lapse: returned and not resubmitted by the end of the review window", () => {
  it("lapses on the day after the window, once, with one event and one notification", async () => {
    const year = lonelyYear();
    const { id: batch } = await freshBatch({ year });
    const returned = await submittedApplication({ batchId: batch, status: "RETURNED" });
    const submitted = await submittedApplication({ batchId: batch, status: "SUBMITTED" });
    // Review window of batch 5: 05-13 – 05-23.
    expect(await lapseReturnedApplications(`${year}-05-23`)).toEqual({ changed: 0 });
    expect((await applicationState(returned.id)).status).toBe("RETURNED");

    expect(await lapseReturnedApplications(`${year}-05-24`)).toEqual({ changed: 1 });
    expect(await lapseReturnedApplications(`${year}-05-24`)).toEqual({ changed: 0 });
    expect(await lapseReturnedApplications(`${year}-06-30`)).toEqual({ changed: 0 });
    const state = await applicationState(returned.id);
    expect(state.status).toBe("LAPSED");
    expect(state.events.map((e) => e.toStatus)).toEqual(["RETURNED", "LAPSED"]);
    expect(await notificationsFor(returned.id)).toMatchObject([{ title: "报名已失效" }]);
    // The center's own delay is not the candidate's fault: a submitted one stays.
    expect((await applicationState(submitted.id)).status).toBe("SUBMITTED");
  });

  it("two runs at the same moment still change each application once", async () => {
    const year = lonelyYear();
    const { id: batch } = await freshBatch({ year });
    const apps = await Promise.all(
      [1, 2, 3].map(() => submittedApplication({ batchId: batch, status: "RETURNED", withFiles: false })),
    );
    const results = await Promise.all([lapseReturnedApplications(`${year}-05-24`), lapseReturnedApplications(`${year}-05-24`)]);
    expect(results.reduce((sum, r) => sum + r.changed, 0)).toBe(3);
    for (const app of apps) {
      expect((await applicationState(app.id)).events).toHaveLength(2);
      expect(await notificationsFor(app.id)).toHaveLength(1);
    }
  });
});

describe("五 forfeit: approved and unpaid by the end of the payment window", () => {
  it("forfeits after the payment window, not a receipt waiting for staff (it has a grace: ADR 064), once", async () => {
    const year = lonelyYear();
    const { id: batch } = await freshBatch({ year });
    const approved = await submittedApplication({ batchId: batch, status: "APPROVED", withFiles: false });
    const waiting = await submittedApplication({ batchId: batch, status: "PAYMENT_SUBMITTED", withFiles: false });
    // Payment window of batch 5: 05-26 – 05-28.
    expect(await forfeitUnpaidApplications(`${year}-05-28`)).toEqual({ changed: 0 });
    expect(await runDueJobs(`${year}-05-29`)).toMatchObject({ today: `${year}-05-29`, lapsed: 0, forfeited: 1 });
    expect(await runDueJobs(`${year}-05-29`)).toMatchObject({ today: `${year}-05-29`, lapsed: 0, forfeited: 0 });
    expect((await applicationState(approved.id)).status).toBe("FORFEITED");
    expect(await notificationsFor(approved.id)).toMatchObject([{ title: "逾期未缴费，视为放弃报考" }]);
    expect((await applicationState(waiting.id)).status).toBe("PAYMENT_SUBMITTED");
  });
});
