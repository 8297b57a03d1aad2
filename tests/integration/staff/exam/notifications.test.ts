import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { listNotifications, markNotificationsRead } from "@/lib/server/notifications/list-notifications";
import { drainOutbox, enqueueOutboxEmails, listOutbox } from "@/lib/server/notifications/outbox";
import { sendDeadlineReminders } from "@/lib/server/notifications/reminders";
import { createInstitutionActor } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, institutionId, officer, reviewer } from "./factories";

beforeAll(ensureCatalog);
// The mode without a mail server, whatever the shell running the tests has set.
beforeEach(() => {
  delete process.env.SMTP_URL;
});

describe("approaching-deadline reminders", () => {
  it("payment end for APPROVED, review end for RETURNED, ticket start for PAYMENT_CONFIRMED; twice sends once", async () => {
    // createBatch: payment ends exam−38, review ends exam−43, tickets from exam−12.
    const batch = await createBatch("2036-06-14");
    const plan = await createPlan(batch, 1, "HELD");
    const [approved] = await createApplications(plan, 1, { status: "APPROVED", photo: false });
    const [returned] = await createApplications(plan, 1, { status: "RETURNED", photo: false });
    const [paid] = await createApplications(plan, 1, { photo: false });
    await db.application.update({ where: { id: paid!.id }, data: { ticketNumber: `36${batch.seq}0100010` } });

    const reviewEnd = addDays("2036-06-14", -43);
    expect(await sendDeadlineReminders(addDays(reviewEnd, -3))).toBe(0);
    expect(await sendDeadlineReminders(addDays(reviewEnd, -2))).toBeGreaterThanOrEqual(1);
    expect(
      await db.notification.count({ where: { applicationId: returned!.id, dedupeKey: { startsWith: "reminder:resubmit-by:" } } }),
    ).toBe(1);
    await sendDeadlineReminders(addDays(reviewEnd, -1));
    expect(await db.notification.count({ where: { applicationId: returned!.id } })).toBe(1);

    await sendDeadlineReminders(addDays("2036-06-14", -38));
    const payment = await db.notification.findMany({
      where: { applicationId: approved!.id },
      select: { title: true, body: true, userId: true },
    });
    expect(payment).toHaveLength(1);
    expect(payment[0]).toMatchObject({ title: "缴费即将截止", userId: approved!.actor.id });
    expect(payment[0]!.body).toContain(addDays("2036-06-14", -38));

    await sendDeadlineReminders(addDays("2036-06-14", -13));
    await sendDeadlineReminders(addDays("2036-06-14", -12));
    expect(await db.notification.count({ where: { applicationId: paid!.id, title: "准考证即将开放下载" } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId: { in: [approved!.id, returned!.id, paid!.id] } } })).toBe(3);
  });
});

describe("inbox (/me/inbox)", () => {
  it("a candidate reads their own messages, an institution its own; marking read touches only theirs", async () => {
    const batch = await createBatch("2036-07-12");
    const plan = await createPlan(batch, 2, "HELD");
    const [mine] = await createApplications(plan, 1, { status: "APPROVED", photo: false });
    const [other] = await createApplications(plan, 1, { status: "APPROVED", photo: false });
    const inst = await institutionId();
    const [viaInst] = await createApplications(plan, 1, { status: "APPROVED", photo: false, institutionId: inst });
    await sendDeadlineReminders(addDays("2036-07-12", -38));

    const inbox = await listNotifications(mine!.actor);
    expect(inbox.items.map((n) => n.applicationId)).toEqual([mine!.id]);
    expect(inbox.unread).toBe(1);
    const institution = await createInstitutionActor();
    expect((await listNotifications(institution)).items.some((n) => n.applicationId === viaInst!.id)).toBe(true);
    expect((await listNotifications(await officer())).items).toEqual([]);

    const otherId = (await listNotifications(other!.actor)).items[0]!.id;
    expect(await markNotificationsRead(mine!.actor, [otherId], new Date())).toBe(0);
    expect(await markNotificationsRead(mine!.actor, "all", new Date())).toBe(1);
    expect((await listNotifications(mine!.actor)).unread).toBe(0);
    expect((await listNotifications(other!.actor)).unread).toBe(1);
  });
});

describe("outbox (ADR 024)", () => {
  it("one email per notification for users with an address; without SMTP it waits for the administrator to read", async () => {
    const batch = await createBatch("2036-08-09");
    const plan = await createPlan(batch, 3, "HELD");
    const [app] = await createApplications(plan, 1, { status: "APPROVED", photo: false });
    await db.user.update({ where: { id: app!.actor.id }, data: { email: "candidate@example.cn" } });
    await sendDeadlineReminders(addDays("2036-08-09", -38));
    const note = await db.notification.findFirstOrThrow({ where: { applicationId: app!.id }, select: { id: true } });

    expect(await drainOutbox()).toMatchObject({ mode: "no-smtp", sent: 0, failed: 0 });
    expect(await enqueueOutboxEmails()).toBe(0);
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { notificationId: note.id } });
    expect(row).toMatchObject({ to: "candidate@example.cn", subject: "缴费即将截止", sentAt: null, attempts: 0 });
    await drainOutbox();
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ sentAt: null, attempts: 0 });

    const listed = await listOutbox(await officer());
    expect(listed.smtpConfigured).toBe(false);
    expect(listed.rows.find((r) => r.id === row.id)).toMatchObject({ state: "waiting", lastError: null });
    expect(listed.pending).toBeGreaterThanOrEqual(1);
    await expect(listOutbox(await reviewer())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
