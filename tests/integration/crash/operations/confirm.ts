import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { AT, FEE_PROJECT, eventCounts, pick, tolerate, type CrashOperation } from "./shared";

/** The finance clerk of this run, looked up by login so the worker needs no factory modules. */
async function finance(tag: string): Promise<Actor> {
  const login = `finance-${tag}`;
  const user = await db.user.upsert({
    where: { login },
    create: { kind: "STAFF", login, displayName: "财务", passwordHash: "x", roles: ["FINANCE"] },
    update: {},
    select: { id: true },
  });
  return { id: user.id, kind: "STAFF", displayName: "财务", roles: ["FINANCE"], institutionId: null, candidateId: null };
}

const confirm: CrashOperation = {
  prepare: async (tag, count) => {
    const people = await (
      await import("./prepare")
    ).applications(tag, count, { batchSeq: 4, projectSeq: FEE_PROJECT, status: "PAYMENT_SUBMITTED" });
    const [{ pendingPayment }, { planId }] = await Promise.all([
      import("../../staff/review/factories"),
      import("../../support/factories"),
    ]);
    const plan = await planId(4, FEE_PROJECT);
    const clerk = await finance(tag);
    for (const p of people)
      await pendingPayment({ applicationIds: [p.applicationId], planId: plan, submittedById: clerk.id, payerName: tag });
  },
  step: async (tag) => {
    // Payer names are encrypted at rest (ADR 057): this run's payments are found by their clerk.
    const clerk = await finance(tag);
    const id = pick(await db.payment.findMany({ where: { submittedById: clerk.id, status: "PENDING" }, select: { id: true } }));
    if (!id) return false;
    await tolerate(async () => confirmPayment(clerk, id, AT));
    return true;
  },
  check: async (tag) => {
    const problems: string[] = [];
    const payments = await db.payment.findMany({
      where: { submittedById: (await finance(tag)).id },
      select: { id: true, status: true, items: { select: { applicationId: true } } },
    });
    const appIds = payments.map((p) => p.items[0]!.applicationId);
    const statuses = new Map(
      (await db.application.findMany({ where: { id: { in: appIds } }, select: { id: true, status: true } })).map((a) => [
        a.id,
        a.status,
      ]),
    );
    const events = await eventCounts(appIds, "PAYMENT_CONFIRMED");
    const audits = await db.auditLog.groupBy({
      by: ["entityId"],
      where: { entityId: { in: payments.map((p) => p.id) }, action: "payment.confirm" },
      _count: true,
    });
    const auditCount = new Map(audits.map((a) => [a.entityId, a._count]));
    const notices = await db.notification.groupBy({
      by: ["applicationId"],
      where: { applicationId: { in: appIds }, title: "确认收费" },
      _count: true,
    });
    const noticeCount = new Map(notices.map((n) => [n.applicationId, n._count]));
    for (const payment of payments) {
      const appId = payment.items[0]!.applicationId;
      const confirmed = payment.status === "CONFIRMED";
      const expected = confirmed ? 1 : 0;
      const [status, audit, event, notice] = [
        statuses.get(appId),
        auditCount.get(payment.id) ?? 0,
        events.get(appId) ?? 0,
        noticeCount.get(appId) ?? 0,
      ];
      if (
        status !== (confirmed ? "PAYMENT_CONFIRMED" : "PAYMENT_SUBMITTED") ||
        audit !== expected ||
        event !== expected ||
        notice !== expected
      ) {
        problems.push(
          `${payment.id}: ${payment.status}, application ${status}, ${audit} audit rows, ${event} events, ${notice} notices`,
        );
      }
    }
    return problems;
  },
  finish: async (tag) => {
    while (await confirm.step(tag));
  },
};

export default confirm;
