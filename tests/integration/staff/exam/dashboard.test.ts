import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { createCandidate, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, reviewer } from "./factories";

beforeAll(ensureCatalog);

describe("工作台 /staff (any staff role)", () => {
  it("counts overdue reviews and pending receipts; every staff role may look, nobody else", async () => {
    const before = await getDashboard(await reviewer(), "2037-03-01");
    const batch = await createBatch("2037-04-18");
    const plan = await createPlan(batch, 5);
    const [late] = await createApplications(plan, 1, { status: "SUBMITTED", photo: false });
    const [onTime] = await createApplications(plan, 1, { status: "SUBMITTED", photo: false });
    await db.application.update({ where: { id: late!.id }, data: { reviewDueDate: fromIsoDate("2037-02-20") } });
    await db.application.update({ where: { id: onTime!.id }, data: { reviewDueDate: fromIsoDate("2037-03-01") } });
    await createApplications(plan, 2, { status: "PAYMENT_SUBMITTED", photo: false });

    const after = await getDashboard(await createStaff(["FINANCE"]), "2037-03-01");
    expect(after.overdueReviews.count).toBe(before.overdueReviews.count + 1);
    expect(after.awaitingConfirmation).toBe(before.awaitingConfirmation + 2);
    await expect(getDashboard((await createCandidate({ birth: "19910203" })).actor, "2037-03-01")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("per batch: phase today, counts by step, applications per project for the chart", async () => {
    const data = await getDashboard(await reviewer(), "2025-05-08");
    expect(data.batches.map((b) => b.seq)).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(data.batches.find((b) => b.seq === 5)?.phase).toBe("registration");
    expect(data.batches.find((b) => b.seq === 4)?.phase).toBe("payment");
    for (const b of data.batches) {
      const total = Object.values(b.counts).reduce((n, c) => n + c, 0);
      expect(b.projects.reduce((n, p) => n + p.count, 0)).toBe(total - b.counts.draft);
    }
  });
});

describe("工作台 links only to what the role may open (issue 16 item 10)", () => {
  it("a reviewer gets 去处理 to review, not to payments; finance the other way round", async () => {
    const asReviewer = await getDashboard(await createStaff(["REVIEWER"]), "2037-03-02");
    expect(asReviewer.links).toEqual({ review: true, payments: false });
    const asFinance = await getDashboard(await createStaff(["FINANCE"]), "2037-03-02");
    expect(asFinance.links).toEqual({ review: false, payments: true });
    const asOfficer = await getDashboard(await createStaff(["EXAM_OFFICER"]), "2037-03-02");
    expect(asOfficer.links).toEqual({ review: false, payments: false });
    const asBoth = await getDashboard(await createStaff(["REVIEWER", "FINANCE"]), "2037-03-02");
    expect(asBoth.links).toEqual({ review: true, payments: true });
  });
});
