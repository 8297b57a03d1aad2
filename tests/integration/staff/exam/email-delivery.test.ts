import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import { MAX_ATTEMPTS } from "@/lib/server/notifications/delivery-policy";
import { drainOutbox, enqueueOutboxEmails, listOutbox } from "@/lib/server/notifications/outbox";
import { sendDeadlineReminders } from "@/lib/server/notifications/reminders";
import { createInstitutionActor } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { startSmtpStub, type SmtpStub } from "@/tests/integration/support/smtp-stub";
import { createApplications, createBatch, createPlan, institutionId, officer } from "./factories";

// ADR 045: with SMTP_URL set, drainOutbox sends through nodemailer to a local SMTP server.
const ACCOUNT = { user: "portal@example.cn", pass: "pa:ss@word-1" };
let stub: SmtpStub;
let warn: MockInstance<typeof console.warn>;

beforeAll(ensureCatalog);
beforeEach(async () => {
  stub = await startSmtpStub(ACCOUNT);
  process.env.SMTP_URL = stub.url;
  delete process.env.SMTP_FROM;
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  // The run shares one database: what earlier tests left due goes out now, so each test's queue is its own.
  await drainOutbox(1000);
  stub.received.length = 0;
});
afterEach(async () => {
  delete process.env.SMTP_URL;
  warn.mockRestore();
  await stub.close();
});

interface QueuedEmail {
  id: string;
  to: string;
  subject: string;
  body: string;
}

/** `n` approved applicants with an address, each reminded that payment closes (五): one email each. */
async function remindersFor(examDate: IsoDate, n: number): Promise<QueuedEmail[]> {
  const plan = await createPlan(await createBatch(examDate), 4, "HELD");
  const apps = await createApplications(plan, n, { status: "APPROVED", photo: false });
  for (const app of apps) {
    await db.user.update({ where: { id: app.actor.id }, data: { email: `c-${app.id.slice(0, 8)}@example.cn` } });
  }
  await sendDeadlineReminders(addDays(examDate, -38));
  return queued(apps.map((a) => a.id));
}

async function queued(applicationIds: string[]): Promise<QueuedEmail[]> {
  await enqueueOutboxEmails();
  const notes = await db.notification.findMany({ where: { applicationId: { in: applicationIds } }, select: { id: true } });
  return db.outboxEmail.findMany({
    where: { notificationId: { in: notes.map((n) => n.id) } },
    select: { id: true, to: true, subject: true, body: true },
  });
}

const row = (id: string) =>
  db.outboxEmail.findUniqueOrThrow({
    where: { id },
    select: { attempts: true, sentAt: true, lastError: true, nextAttemptAt: true },
  });
const receivedBy = (address: string) => stub.received.filter((m) => m.rcptTo.includes(address));
const aDate: unknown = expect.any(Date);
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
/** As if the backoff had passed. */
const dueNow = (id: string) => db.outboxEmail.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

describe("email delivery with SMTP_URL (ADR 045)", () => {
  it("sends the reminder to the candidate with its Chinese subject and body, once; a second drain sends nothing", async () => {
    const [email] = await remindersFor("2037-03-14", 1);

    expect(await drainOutbox()).toEqual({ queued: 0, sent: 1, failed: 0, mode: "smtp" });
    const [mail] = receivedBy(email!.to);
    expect(stub.received).toHaveLength(1);
    expect(mail).toMatchObject({ rcptTo: [email!.to], mailFrom: ACCOUNT.user, authUser: ACCOUNT.user });
    expect(mail!.headers).toMatchObject({
      subject: "缴费即将截止",
      to: email!.to,
      from: `四川省职业技能鉴定指导中心 <${ACCOUNT.user}>`,
      "message-id": `<${email!.id}@example.cn>`,
      "auto-submitted": "auto-generated",
    });
    expect(mail!.headers["content-type"]).toMatch(/^text\/plain; charset=utf-8/i);
    expect(email!.body).toContain("2037-02-04");
    expect(mail!.text.trimEnd()).toBe(email!.body);
    expect(await row(email!.id)).toMatchObject({ attempts: 1, lastError: null, nextAttemptAt: null, sentAt: aDate });

    expect(await drainOutbox()).toMatchObject({ sent: 0, failed: 0 });
    expect(stub.received).toHaveLength(1);
    const listed = await listOutbox(await officer());
    expect(listed.smtpConfigured).toBe(true);
    expect(listed.rows.find((r) => r.id === email!.id)).toMatchObject({ state: "sent", attempts: 1 });
  });

  it("an institution's message goes to each of its users with an address, as one email, from SMTP_FROM", async () => {
    process.env.SMTP_FROM = "四川省职业技能鉴定指导中心 <bm@example.gov.cn>";
    const name = "四川汉咨数字科技有限公司";
    const users = [await createInstitutionActor(name), await createInstitutionActor(name)];
    const addresses = ["b-office@example.cn", "a-office@example.cn"];
    for (const [i, user] of users.entries()) await db.user.update({ where: { id: user.id }, data: { email: addresses[i] } });
    const plan = await createPlan(await createBatch("2037-04-11"), 4, "HELD");
    const [app] = await createApplications(plan, 1, {
      status: "APPROVED",
      photo: false,
      institutionId: await institutionId(name),
    });
    await sendDeadlineReminders(addDays("2037-04-11", -38));
    const [email] = await queued([app!.id]);

    await drainOutbox();
    const mail = stub.received.find((m) => m.headers["message-id"] === `<${email!.id}@example.gov.cn>`);
    expect(mail).toMatchObject({ mailFrom: "bm@example.gov.cn", rcptTo: ["a-office@example.cn", "b-office@example.cn"] });
    expect(mail!.headers.to).toBe("a-office@example.cn, b-office@example.cn");
    expect(mail!.headers.from).toBe("四川省职业技能鉴定指导中心 <bm@example.gov.cn>");
  });

  it("two drains at once (two app instances) send each email exactly once", async () => {
    await stub.close();
    stub = await startSmtpStub({ ...ACCOUNT, delayMs: 15 });
    process.env.SMTP_URL = stub.url;
    const emails = await remindersFor("2037-05-09", 12);
    expect(emails).toHaveLength(12);

    const reports = await Promise.all([drainOutbox(), drainOutbox()]);
    expect(reports[0].sent + reports[1].sent).toBe(12);
    for (const email of emails) {
      expect(receivedBy(email.to), email.to).toHaveLength(1);
      expect(await row(email.id)).toMatchObject({ attempts: 1, sentAt: aDate });
    }
    expect(stub.received).toHaveLength(12);
  });

  it("a refused recipient leaves that email pending with its reason, the next one goes; after the backoff it goes too", async () => {
    // Queued by one statement, so equal createdAt: the drain takes them in id order, refused one first.
    const [email, other] = (await remindersFor("2037-06-13", 2)).sort((a, b) => (a.id < b.id ? -1 : 1));
    stub.refuses = (address) => address === email!.to;

    expect(await drainOutbox()).toMatchObject({ sent: 1, failed: 1 });
    expect(receivedBy(other!.to)).toHaveLength(1);
    const failed = await row(email!.id);
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, lastError: matching(/^EENVELOPE: .*550/) });
    expect(failed.lastError).not.toContain(ACCOUNT.pass);
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(warn).toHaveBeenCalledWith("[outbox] 1 email(s) not sent (EENVELOPE); see /staff/exam/outbox");
    expect((await listOutbox(await officer())).rows.find((r) => r.id === email!.id)).toMatchObject({
      state: "retrying",
      attempts: 1,
      nextAttemptAt: failed.nextAttemptAt!.toISOString(),
    });

    stub.refuses = () => false;
    expect(await drainOutbox()).toMatchObject({ sent: 0, failed: 0 });
    expect(await row(email!.id)).toMatchObject({ attempts: 1, sentAt: null });

    await dueNow(email!.id);
    expect(await drainOutbox()).toMatchObject({ sent: 1, failed: 0 });
    expect(await row(email!.id)).toMatchObject({ attempts: 2, lastError: null, sentAt: aDate });
    expect(receivedBy(email!.to)).toHaveLength(1);
  });

  it("an unreachable server stops the drain after one try; after the cap the email is given up and shown as failed", async () => {
    const emails = await remindersFor("2037-07-11", 2);
    await stub.close();
    process.env.SMTP_URL = stub.url; // nothing listens there any more

    expect(await drainOutbox()).toMatchObject({ sent: 0, failed: 1 });
    const [tried, untouched] = (await Promise.all(emails.map(async (e) => ({ id: e.id, ...(await row(e.id)) })))).sort(
      (a, b) => b.attempts - a.attempts,
    );
    expect(tried).toMatchObject({ attempts: 1, sentAt: null, lastError: matching(/ECONNREFUSED/) });
    expect(untouched).toMatchObject({ attempts: 0, lastError: null });

    await db.outboxEmail.update({ where: { id: tried!.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await dueNow(tried!.id);
    await drainOutbox();
    expect(await row(tried!.id)).toMatchObject({ attempts: MAX_ATTEMPTS, sentAt: null });
    const listed = await listOutbox(await officer());
    expect(listed.rows.find((r) => r.id === tried!.id)).toMatchObject({ state: "failed" });
    expect(listed.failed).toBeGreaterThanOrEqual(1);

    stub = await startSmtpStub(ACCOUNT);
    process.env.SMTP_URL = stub.url;
    await dueNow(tried!.id);
    await dueNow(untouched!.id);
    await drainOutbox();
    expect(await row(tried!.id)).toMatchObject({ attempts: MAX_ATTEMPTS, sentAt: null });
    expect(await row(untouched!.id)).toMatchObject({ attempts: 1, sentAt: aDate });
  });
});
