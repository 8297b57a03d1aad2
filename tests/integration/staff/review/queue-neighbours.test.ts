import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewQueueQuerySchema } from "@/lib/schemas/staff-review-schema";
import type { Actor } from "@/lib/server/auth/session";
import { paymentQueueNeighbours } from "@/lib/server/payments/payment-queue-neighbours";
import { listPendingPayments } from "@/lib/server/payments/list-payments";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { reviewQueueNeighbours } from "@/lib/server/review/review-queue-neighbours";
import { createCandidate, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { freshBatch, pendingPayment, planIn, submittedApplication } from "./factories";

// Issue 5: `n` / `p` on one item's screen go to the next / previous item of the queue it was
// opened from, filters kept, even after the decision took the item out of the queue.
const TODAY = "2025-05-14";
let reviewer: Actor;
let finance: Actor;

beforeAll(async () => {
  await ensureCatalog();
  [reviewer, finance] = await Promise.all([createStaff(["REVIEWER"]), createStaff(["FINANCE"])]);
});

const query = (input: Record<string, string>) => reviewQueueQuerySchema.parse(input);

describe("the review queue's next and previous", () => {
  it("walk the queue in its own order, ties and missing dates included", async () => {
    const { id: batch } = await freshBatch();
    const at = (minute: number) => new Date(`2025-05-08T02:${String(minute).padStart(2, "0")}:00Z`);
    await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-20", submittedAt: at(1), withFiles: false });
    await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-12", submittedAt: at(5), withFiles: false });
    // Same due date and submission time: the id decides.
    await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-14", submittedAt: at(3), withFiles: false });
    await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-14", submittedAt: at(3), withFiles: false });
    await submittedApplication({ batchId: batch, reviewDueDate: "2025-05-14", submittedAt: at(2), withFiles: false });
    // No due date (an older row), once with no submission time either: both sort last.
    await submittedApplication({ batchId: batch, reviewDueDate: null, submittedAt: at(9), withFiles: false });
    const bare = await submittedApplication({ batchId: batch, reviewDueDate: null, withFiles: false });
    await db.application.update({ where: { id: bare.id }, data: { submittedAt: null } });

    const order = (await listReviewQueue(reviewer, query({ batch }), TODAY)).rows.map((r) => r.id);
    expect(order).toHaveLength(7);
    expect(order.at(-1)).toBe(bare.id);
    for (const [i, id] of order.entries()) {
      expect(await reviewQueueNeighbours(reviewer, query({ batch }), id), `row ${i}`).toEqual({
        previous: order[i - 1] ?? null,
        next: order[i + 1] ?? null,
      });
    }
  });

  it("keep the filters, and still know the next one after the decision took this one out", async () => {
    const { id: batch } = await freshBatch();
    const first = await submittedApplication({ batchId: batch, projectSeq: 2, reviewDueDate: "2025-05-12", withFiles: false });
    const otherProject = await submittedApplication({ batchId: batch, projectSeq: 1, reviewDueDate: "2025-05-13" });
    const second = await submittedApplication({ batchId: batch, projectSeq: 2, reviewDueDate: "2025-05-14", withFiles: false });
    const third = await submittedApplication({ batchId: batch, projectSeq: 2, reviewDueDate: "2025-05-15", withFiles: false });
    const filtered = query({ batch, project: "2" });
    expect(await reviewQueueNeighbours(reviewer, filtered, first.id)).toEqual({ previous: null, next: second.id });
    expect(await reviewQueueNeighbours(reviewer, query({ batch }), first.id)).toEqual({
      previous: null,
      next: otherProject.id,
    });
    await db.application.update({ where: { id: second.id }, data: { status: "APPROVED" } });
    expect(await reviewQueueNeighbours(reviewer, filtered, second.id)).toEqual({ previous: first.id, next: third.id });
    // The approved filter holds only `second`: nothing around it.
    expect(await reviewQueueNeighbours(reviewer, query({ batch, status: "APPROVED" }), second.id)).toEqual({
      previous: null,
      next: null,
    });
  });

  it("answer nothing for an unknown id, and only to reviewers", async () => {
    expect(await reviewQueueNeighbours(reviewer, query({}), crypto.randomUUID())).toEqual({ previous: null, next: null });
    expect(await reviewQueueNeighbours(reviewer, query({}), "not-a-uuid")).toEqual({ previous: null, next: null });
    for (const actor of [finance, (await createCandidate()).actor])
      await expect(reviewQueueNeighbours(actor, query({}), crypto.randomUUID())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the payment queue's next and previous", () => {
  it("follow the pending list's order, and survive a confirmation", async () => {
    const { id: batch } = await freshBatch();
    const plan = await planIn(batch, 1);
    // Far in the future, so other tests' receipts cannot come between them.
    const made = [];
    for (const createdAt of ["2099-01-01T00:00:01Z", "2099-01-01T00:00:02Z", "2099-01-01T00:00:02Z", "2099-01-01T00:00:03Z"]) {
      const app = await submittedApplication({ batchId: batch, status: "PAYMENT_SUBMITTED", withFiles: false });
      const payment = await pendingPayment({ applicationIds: [app.id], planId: plan, submittedById: finance.id });
      await db.payment.update({ where: { id: payment.id }, data: { createdAt: new Date(createdAt) } });
      made.push(payment.id);
    }
    const mine = new Set(made);
    const order = (await listPendingPayments(finance)).map((p) => p.id).filter((id) => mine.has(id));
    expect(order).toHaveLength(4);
    for (const [i, id] of order.entries()) {
      const around = await paymentQueueNeighbours(finance, id);
      expect(around.next, `row ${i}`).toBe(order[i + 1] ?? null);
      if (i > 0) expect(around.previous, `row ${i}`).toBe(order[i - 1]);
    }
    await db.payment.update({ where: { id: order[1]! }, data: { status: "CONFIRMED" } });
    expect(await paymentQueueNeighbours(finance, order[1]!)).toEqual({ previous: order[0], next: order[2] });
    await expect(paymentQueueNeighbours(reviewer, order[0]!)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
