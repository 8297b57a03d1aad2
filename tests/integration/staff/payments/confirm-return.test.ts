import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { getPayment, listPendingPayments } from "@/lib/server/payments/list-payments";
import { returnPayment } from "@/lib/server/payments/return-payment";
import type { Actor } from "@/lib/server/auth/session";
import { createCandidate, createInstitutionActor, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import {
  applicationState,
  auditRows,
  freshBatch,
  notificationsFor,
  pendingPayment,
  planIn,
  submittedApplication,
} from "../review/factories";

const AT = new Date("2025-05-27T02:00:00Z");
let finance: Actor;
let batchId: string;

beforeAll(async () => {
  await ensureCatalog();
  finance = await createStaff(["FINANCE"]);
  batchId = (await freshBatch()).id;
});

/** A receipt for `count` applications waiting for 确认收费. */
async function receipt(count = 1, overrides: Parameters<typeof pendingPayment>[0] extends infer O ? Partial<O> : never = {}) {
  const apps = [];
  for (let i = 0; i < count; i++)
    apps.push(await submittedApplication({ batchId, status: "PAYMENT_SUBMITTED", withFiles: false }));
  const payment = await pendingPayment({
    applicationIds: apps.map((a) => a.id),
    planId: await planIn(batchId, 1),
    submittedById: finance.id,
    ...overrides,
  });
  return { ...payment, apps };
}

describe("五 确认收费", () => {
  it("refuses everyone but finance, and changes nothing", async () => {
    const r = await receipt();
    for (const actor of [
      (await createCandidate()).actor,
      await createInstitutionActor(),
      await createStaff(["REVIEWER"]),
      await createStaff(["ADMIN", "EXAM_OFFICER"]),
    ]) {
      await expect(confirmPayment(actor, r.id, AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(returnPayment(actor, r.id, "x", AT)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listPendingPayments(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db.payment.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("PENDING");
    expect(await auditRows(r.id)).toEqual([]);
  });

  it("confirms every application of an institution's bulk receipt", async () => {
    const r = await receipt(3, { channel: "INSTITUTION" });
    expect(await confirmPayment(finance, r.id, AT)).toEqual({ paymentId: r.id, changed: true, confirmedApplications: 3 });
    for (const app of r.apps) {
      const state = await applicationState(app.id);
      expect(state.status).toBe("PAYMENT_CONFIRMED");
      expect(state.events.at(-1)).toMatchObject({ toStatus: "PAYMENT_CONFIRMED", note: "确认收费", actorId: finance.id });
      expect(await notificationsFor(app.id)).toMatchObject([{ title: "确认收费" }]);
    }
    const payment = await db.payment.findUniqueOrThrow({ where: { id: r.id } });
    expect(payment).toMatchObject({ status: "CONFIRMED", decidedById: finance.id, decidedAt: AT });
    expect(await auditRows(r.id)).toMatchObject([
      { action: "payment.confirm", after: { applications: 3, amountYuan: "900.00" } },
    ]);
  });

  it("六: in a plan already held, the confirmation issues the ticket number", async () => {
    // A year of its own, below 2073 (public-api.test.ts reads 2073 as a year without a calendar).
    const { id: heldBatch } = await freshBatch({ year: randomInt(2040, 2070) });
    const app = await submittedApplication({ batchId: heldBatch, status: "PAYMENT_SUBMITTED", withFiles: false });
    const plan = await planIn(heldBatch, 1);
    await db.plan.update({ where: { id: plan }, data: { status: "HELD" } });
    const payment = await pendingPayment({ applicationIds: [app.id], planId: plan, submittedById: finance.id });
    await confirmPayment(finance, payment.id, AT);
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { ticketNumber: true } });
    expect(row.ticketNumber).toMatch(/^\d{11}$/);
  });

  it("20 confirmations of one receipt at once: one state change, one audit row", async () => {
    const r = await receipt(2);
    const results = await Promise.all(Array.from({ length: 20 }, () => confirmPayment(finance, r.id, AT)));
    expect(results.filter((x) => x.changed)).toHaveLength(1);
    expect(await auditRows(r.id)).toHaveLength(1);
    for (const app of r.apps) {
      expect((await applicationState(app.id)).events.filter((e) => e.toStatus === "PAYMENT_CONFIRMED")).toHaveLength(1);
      expect(await notificationsFor(app.id)).toHaveLength(1);
    }
  });

  it("canary: without the row lock, parallel read-then-write confirms one receipt several times", async () => {
    const r = await receipt();
    // The naive confirmation: read the status, then write CONFIRMED if it was PENDING. Every
    // transaction reads before any writes (a barrier, not a pause: the overlap must not depend on
    // the machine's speed, ADR 153). This is the race the row lock of confirmPayment prevents,
    // which the test above then shows: here all five "confirm".
    const parallel = 5;
    let read = 0;
    let allRead!: () => void;
    const everyoneHasRead = new Promise<void>((resolve) => (allRead = resolve));
    const naive = () =>
      db.$transaction(async (tx) => {
        const p = await tx.payment.findUniqueOrThrow({ where: { id: r.id }, select: { status: true } });
        if (++read === parallel) allRead();
        await everyoneHasRead;
        if (p.status !== "PENDING") return 0;
        await tx.payment.update({ where: { id: r.id }, data: { status: "CONFIRMED" } });
        return 1;
      });
    const confirmed: number[] = await Promise.all(Array.from({ length: parallel }, naive));
    expect(confirmed.reduce((a, b) => a + b, 0)).toBe(parallel);
  });

  it("shows the expected amount beside the entered one, the proxy note and the linked candidates masked", async () => {
    const r = await receipt(1, { amountFen: 29_000, expectedAmountFen: 30_000 });
    await db.payment.update({ where: { id: r.id }, data: { proxyNote: "该笔费用由李四代王小明缴纳…" } });
    const dto = await getPayment(finance, r.id);
    expect(dto).toMatchObject({
      amountFen: 29_000,
      expectedAmountFen: 30_000,
      proxyNote: "该笔费用由李四代王小明缴纳…",
      headCount: 1,
    });
    expect(dto.applications[0]?.maskedIdNumber).toContain("*");
    expect((await listPendingPayments(finance)).map((p) => p.id)).toContain(r.id);
  });
});

describe("五 缴费凭证退回", () => {
  it("returns the receipt with a reason: applications back to APPROVED to upload again", async () => {
    const r = await receipt(2);
    expect(await returnPayment(finance, r.id, "回单上看不到收款人账号", AT)).toEqual({ changed: true });
    expect(await returnPayment(finance, r.id, "回单上看不到收款人账号", AT)).toEqual({ changed: false });
    expect(await db.payment.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: "RETURNED",
      returnReason: "回单上看不到收款人账号",
    });
    for (const app of r.apps) {
      expect((await applicationState(app.id)).status).toBe("APPROVED");
      expect((await notificationsFor(app.id))[0]?.body).toContain("回单上看不到收款人账号");
    }
    expect(await auditRows(r.id)).toHaveLength(1);
    await expect(confirmPayment(finance, r.id, AT)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("issue 12 (10): a reason ending in 。 makes one sentence, never 「。。」", async () => {
    const r = await receipt();
    await returnPayment(finance, r.id, "回单金额与应缴金额不符。", AT);
    const body = (await notificationsFor(r.apps[0]!.id))[0]?.body ?? "";
    expect(body).toContain("回单金额与应缴金额不符。请在缴费期内");
    expect(body).not.toContain("。。");
  });

  it("a confirmed receipt cannot be returned", async () => {
    const r = await receipt();
    await confirmPayment(finance, r.id, AT);
    await expect(returnPayment(finance, r.id, "迟到的退回", AT)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
