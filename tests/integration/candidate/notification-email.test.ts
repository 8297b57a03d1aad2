import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { drainOutbox, enqueueOutboxEmails } from "@/lib/server/notifications/outbox";
import { createApplication, createCandidate, createInstitutionActor, createStaff } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { startSmtpStub } from "../support/smtp-stub";

// ADR 052: the inbox's "同时发送到邮箱" form, through its action with a mocked session.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { setNotificationEmailAction } = await import("@/app/[locale]/me/inbox/actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const setEmail = (fields: Record<string, string>) => setNotificationEmailAction(null, form(fields));
const signIn = (actor: Actor) => {
  session.current = { user: { id: actor.id }, sv: 0 };
};
const emailOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;

/** A decision's inbox message (notifyApplicant, inside the decision's transaction as in every use case). */
const notify = (applicationId: string, title: string) =>
  db.$transaction((tx) => notifyApplicant(tx, applicationId, { title, body: `${title}。` }));

async function queuedFor(applicationId: string) {
  await enqueueOutboxEmails();
  const notes = await db.notification.findMany({ where: { applicationId }, select: { id: true } });
  return db.outboxEmail.findMany({
    where: { notificationId: { in: notes.map((n) => n.id) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, to: true, subject: true },
  });
}

beforeAll(ensureCatalog);
beforeEach(() => {
  session.current = null;
  delete process.env.SMTP_URL;
});

describe("the reader's own notification email", () => {
  it("without a session: refused, nothing written", async () => {
    const { actor } = await createCandidate();
    expect(await setEmail({ email: "zhang@qq.com" })).toMatchObject({ ok: false, formError: { key: "errors.signInFirst" } });
    expect(await emailOf(actor.id)).toBeNull();
  });

  it("a candidate sets, changes and removes their own address; nobody else's row changes", async () => {
    const me = await createCandidate();
    const other = await createCandidate();
    await db.user.update({ where: { id: other.actor.id }, data: { email: "other@example.cn" } });
    signIn(me.actor);

    expect(await setEmail({ email: "  Zhou.Jie@QQ.com " })).toEqual({ ok: true, data: { email: "Zhou.Jie@qq.com" } });
    expect(await emailOf(me.actor.id)).toBe("Zhou.Jie@qq.com");
    expect(await setEmail({ email: "zhoujie@163.com" })).toEqual({ ok: true, data: { email: "zhoujie@163.com" } });
    expect(await setEmail({ email: "" })).toEqual({ ok: true, data: { email: null } });
    expect(await emailOf(me.actor.id)).toBeNull();
    await setEmail({ email: "zhoujie@163.com" });
    // The "不再发送邮件" button clears the address whatever the field holds.
    expect(await setEmail({ email: "zhoujie@163.com", intent: "remove" })).toEqual({ ok: true, data: { email: null } });
    expect(await emailOf(other.actor.id)).toBe("other@example.cn");
  });

  it("a malformed address: the Chinese message's key, what was typed kept, the stored one unchanged", async () => {
    const { actor } = await createCandidate();
    await db.user.update({ where: { id: actor.id }, data: { email: "kept@example.cn" } });
    signIn(actor);
    for (const typed of ["zhoujie@qq", "zhoujie qq.com", "a@b.com, c@d.com"]) {
      expect(await setEmail({ email: typed })).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { email: [{ key: "errors.email" }] },
        values: { email: typed },
      });
    }
    expect(await emailOf(actor.id)).toBe("kept@example.cn");
  });

  it("an institution user sets their own address; staff, who have no inbox, are refused", async () => {
    const clerk = await createInstitutionActor();
    signIn(clerk);
    expect(await setEmail({ email: "office@example.cn" })).toMatchObject({ ok: true });
    expect(await emailOf(clerk.id)).toBe("office@example.cn");

    const staff = await createStaff(["REVIEWER"]);
    signIn(staff);
    expect(await setEmail({ email: "reviewer@example.cn" })).toMatchObject({ ok: false, formError: { key: "errors.forbidden" } });
    expect(await emailOf(staff.id)).toBeNull();
  });
});

describe("an address given in the inbox reaches the outbox (ADR 024, 045)", () => {
  afterEach(() => {
    delete process.env.SMTP_URL;
  });

  it("the next message is queued to it and sent; the messages already in the inbox are not mailed", async () => {
    const me = await createCandidate({ name: "周杰" });
    const applicationId = await createApplication({ candidateId: me.candidateId, batchSeq: 5, withFiles: false });
    await notify(applicationId, "报名已提交");
    expect(await queuedFor(applicationId)).toEqual([]);

    signIn(me.actor);
    await setEmail({ email: "zhoujie@example.cn" });
    await notify(applicationId, "审核通过");
    const queued = await queuedFor(applicationId);
    expect(queued).toMatchObject([{ to: "zhoujie@example.cn", subject: "审核通过" }]);

    const stub = await startSmtpStub();
    try {
      process.env.SMTP_URL = stub.url;
      await drainOutbox(1000);
      const mail = stub.received.find((m) => m.headers["message-id"]?.startsWith(`<${queued[0]!.id}@`));
      expect(mail).toMatchObject({ rcptTo: ["zhoujie@example.cn"] });
    } finally {
      await stub.close();
    }

    // Removed: the next message stays in the inbox only.
    await setEmail({ email: "" });
    await notify(applicationId, "缴费已确认");
    expect((await queuedFor(applicationId)).map((e) => e.subject)).toEqual(["审核通过"]);
  });

  it("an institution user's address gets the institution's messages from then on", async () => {
    const clerk = await createInstitutionActor("成都理工大学");
    const { candidateId } = await createCandidate();
    const applicationId = await createApplication({
      candidateId,
      batchSeq: 5,
      channel: "INSTITUTION",
      institutionId: clerk.institutionId,
      withFiles: false,
    });
    await notify(applicationId, "机构报名已提交");
    signIn(clerk);
    await setEmail({ email: "hr-office@example.cn" });
    await notify(applicationId, "机构报名审核通过");
    expect(await queuedFor(applicationId)).toMatchObject([{ to: "hr-office@example.cn", subject: "机构报名审核通过" }]);
  });
});
