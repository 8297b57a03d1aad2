import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { returnPayment } from "@/lib/server/payments/return-payment";
import { rejectApplication } from "@/lib/server/review/reject-application";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { freshBatch, pendingPayment, planIn, submittedApplication } from "./review/factories";

/**
 * Issue 12 item 11: in demo mode (PORTAL_NOW) a staff decision, its audit row, its timeline
 * event and the inbox message all carry the portal clock's instant, not the machine's, so
 * timelines come out in order (ADR 008). The pinned instant is years away from the real one.
 */
const PINNED = "2025-05-14T10:30:00+08:00";
const pinned = new Date(PINNED);
let batchId: string;

beforeAll(async () => {
  await ensureCatalog();
  batchId = (await freshBatch()).id;
});

afterEach(() => {
  delete process.env.PORTAL_NOW;
});

describe("the one clock: every timestamp a decision writes", () => {
  it("a reviewer's rejection: decidedAt, the event, the audit row and the inbox message at the pinned time", async () => {
    const app = await submittedApplication({ batchId });
    const reviewer = await createStaff(["REVIEWER"]);
    process.env.PORTAL_NOW = PINNED;
    expect(now()).toEqual(pinned);
    await rejectApplication(reviewer, app.id, app.version, "学历证明与申报条件不符", "2025-05-14", now());

    const row = await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { decidedAt: true, updatedAt: true } });
    expect(row).toEqual({ decidedAt: pinned, updatedAt: pinned });
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, toStatus: "REJECTED" },
      select: { at: true },
    });
    expect(event.at).toEqual(pinned);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: app.id, actorId: reviewer.id }, select: { at: true } });
    expect(audit.at).toEqual(pinned);
    const inbox = await db.notification.findFirstOrThrow({ where: { applicationId: app.id }, select: { createdAt: true } });
    expect(inbox.createdAt).toEqual(pinned);
  });

  it("finance returning a receipt: the payment, the event, the audit row and the inbox message at the pinned time", async () => {
    const finance = await createStaff(["FINANCE"]);
    const app = await submittedApplication({ batchId, status: "PAYMENT_SUBMITTED", withFiles: false });
    const payment = await pendingPayment({
      applicationIds: [app.id],
      planId: await planIn(batchId, 1),
      submittedById: finance.id,
    });
    process.env.PORTAL_NOW = PINNED;
    await returnPayment(finance, payment.id, "回单不清晰", now());
    expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { decidedAt: true } })).toEqual({
      decidedAt: pinned,
    });
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, toStatus: "APPROVED" },
      select: { at: true },
    });
    expect(event.at).toEqual(pinned);
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: payment.id }, select: { at: true } })).at).toEqual(pinned);
    expect(
      (await db.notification.findFirstOrThrow({ where: { applicationId: app.id }, select: { createdAt: true } })).createdAt,
    ).toEqual(pinned);
  });

  it("nested creates too: an application written with its timeline in one statement (as the seeds do)", async () => {
    const app = await submittedApplication({ batchId });
    process.env.PORTAL_NOW = PINNED;
    await db.application.update({
      where: { id: app.id },
      data: { events: { create: { fromStatus: "SUBMITTED", toStatus: "SUBMITTED", note: "嵌套写入" } } },
      select: { id: true },
    });
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, note: "嵌套写入" },
      select: { at: true },
    });
    expect(event.at).toEqual(pinned);
  });
});
