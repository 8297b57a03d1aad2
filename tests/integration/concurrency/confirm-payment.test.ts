import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { issueTicketsIfHeld } from "@/lib/server/exam/issue-tickets";
import { confirmPayment, confirmPaymentInTx } from "@/lib/server/payments/confirm-payment";
import { createApplications, createBatch, createPlan, type TestBatch } from "../staff/exam/factories";
import { pendingPayment } from "../staff/review/factories";
import { createStaff } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { settle } from "./support";

// Hundreds of transactions at once: minutes on a loaded 2-core machine, not the default minute.
const HEAVY_TIMEOUT_MS = 300_000;

// 五 确认收费 and 六 准考证号 under concurrency: two clerks, a double click, a bank-statement
// match and the plan being held can all reach the same receipt or the same plan at once.

// Within the batch's payment window (04-16 – 04-18): 确认收费 is refused after its grace (ADR 064).
const AT = new Date("2040-04-17T02:00:00Z");
let finance: Actor;
let batch: TestBatch;

beforeAll(async () => {
  await ensureCatalog();
  finance = await createStaff(["FINANCE"]);
  batch = await createBatch("2040-05-26");
});

async function heldPlanWithReceipts(projectSeq: number, receipts: number) {
  const plan = await createPlan(batch, projectSeq, "HELD");
  const apps = await createApplications(plan, receipts, { status: "PAYMENT_SUBMITTED" });
  const payments = [];
  for (const app of apps)
    payments.push(await pendingPayment({ applicationIds: [app.id], planId: plan, submittedById: finance.id }));
  return { plan, apps, payments };
}

describe("20 confirmations of one receipt at once", () => {
  it(
    "one state change, one event, one audit row, one notice, one ticket number (the plan is held)",
    async () => {
      const { apps, payments } = await heldPlanWithReceipts(2, 1);
      const [app, payment] = [apps[0]!, payments[0]!];
      const outcome = await settle(Array.from({ length: 20 }, () => () => confirmPayment(finance, payment.id, AT)));
      expect(outcome.crashes).toEqual([]);
      expect(outcome.values.filter((v) => v.changed)).toHaveLength(1);
      expect(outcome.values).toHaveLength(20); // the other 19 answer "already confirmed"
      expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("CONFIRMED");
      expect(await db.auditLog.count({ where: { entityId: payment.id, action: "payment.confirm" } })).toBe(1);
      expect(
        await db.applicationEvent.count({
          where: { applicationId: app.id, toStatus: "PAYMENT_CONFIRMED", fromStatus: "PAYMENT_SUBMITTED" },
        }),
      ).toBe(1);
      expect(await db.notification.count({ where: { applicationId: app.id, title: "确认收费" } })).toBe(1);
      const row = await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true, ticketNumber: true } });
      expect(row.status).toBe("PAYMENT_CONFIRMED");
      expect(await db.applicationEvent.count({ where: { applicationId: app.id, note: { startsWith: "准考证号已生成" } } })).toBe(
        row.ticketNumber ? 1 : 0,
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    "20 transactions issuing the ticket of one confirmed application at once: one ticket number, one event",
    async () => {
      const plan = await createPlan(batch, 3, "HELD");
      const [app] = await createApplications(plan, 1, { status: "PAYMENT_CONFIRMED" });
      const outcome = await settle(
        Array.from({ length: 20 }, () => () => db.$transaction((tx) => issueTicketsIfHeld(tx, [app!.id]))),
      );
      expect(outcome.crashes).toEqual([]);
      expect(outcome.values.flat()).toHaveLength(1);
      const row = await db.application.findUniqueOrThrow({ where: { id: app!.id }, select: { ticketNumber: true } });
      expect(row.ticketNumber).toBe(outcome.values.flat()[0]?.ticketNumber);
      expect(await db.applicationEvent.count({ where: { applicationId: app!.id, note: { startsWith: "准考证号已生成" } } })).toBe(
        1,
      );
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    "20 receipts of one held plan confirmed at once, tickets issued in the same transactions: sequence 1–20, no gap, no repeat",
    async () => {
      const { apps, payments } = await heldPlanWithReceipts(4, 20);
      const outcome = await settle(
        payments.map(
          (payment, i) => () =>
            db.$transaction(async (tx) => {
              await confirmPaymentInTx(tx, finance, payment.id, AT, null);
              return issueTicketsIfHeld(tx, [apps[i]!.id]);
            }),
        ),
      );
      expect(outcome.crashes).toEqual([]);
      const rows = await db.application.findMany({
        where: { id: { in: apps.map((a) => a.id) } },
        select: { status: true, ticketNumber: true },
      });
      expect(rows.every((r) => r.status === "PAYMENT_CONFIRMED")).toBe(true);
      const sequences = rows.map((r) => Number(r.ticketNumber?.slice(6, 10))).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    },
    HEAVY_TIMEOUT_MS,
  );
});
