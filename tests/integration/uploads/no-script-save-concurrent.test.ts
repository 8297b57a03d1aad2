import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type * as AttachFile from "@/lib/server/applications/attach-file";
import { startApplication } from "@/lib/server/applications/start-application";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { makePdf, sizeKb } from "@/tests/support/files";
import { batchId, createCandidate } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// ADR 127: 保存并继续 of an upload step without JavaScript posts every chosen file to
// saveUploadsFormAction. A candidate who taps it again and again on a slow connection (or a
// hundred tabs) sends the same step many times at once: each post's files are stored once, the
// application keeps one attachment per kind, and no stored file is left behind by a replaced one.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
const redirects = vi.hoisted(() => [] as unknown[]);
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", async (original) => ({ ...(await original<object>()), getLocale: () => Promise.resolve("zh-CN") }));
// The real redirect throws NEXT_REDIRECT for Next to answer 303; here each post's target is kept.
vi.mock("@/i18n/navigation", () => ({ redirect: ({ href }: { href: unknown }) => void redirects.push(href) }));
// Every file attachFile answers "stored", counted: each must have changed the application once.
const stores = vi.hoisted(() => [] as string[]);
// ADR 149: the next call runs out of its transaction's time, as a post does on a busy machine.
const busy = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/server/applications/attach-file", async (original) => {
  const real = await original<typeof AttachFile>();
  return {
    ...real,
    attachFile: async (...args: Parameters<typeof real.attachFile>) => {
      if (busy.next) {
        busy.next = false;
        const { db } = await import("@/lib/db");
        await db.$transaction(() => new Promise((resolve) => setTimeout(resolve, 50)), { timeout: 1 });
      }
      const outcome = await real.attachFile(...args);
      if (outcome.status === "stored") stores.push(args[2]);
      return outcome;
    },
  };
});
process.env.PORTAL_NOW = "2025-05-09T10:00:00+08:00"; // batch 5 of 2025: registration 5/6–5/13
const { saveUploadsFormAction } = await import("@/app/[locale]/me/applications/[id]/actions");

const POSTS = 100;
const KINDS = ["APPLICATION_FORM", "PLEDGE"] as const;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(ensureCatalog);

describe("ADR 127: 100 simultaneous posts of an upload step without JavaScript", () => {
  it("store every post's files once, leave one attachment per kind and no stored file without one", async () => {
    const person = await createCandidate();
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 2 }, "2025-05-09");
    await giveUploadConsent(person.actor);
    session.current = { user: { id: person.actor.id }, sv: 0 };
    const before = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } });

    // Every post's files differ (a size of their own), so what is stored can be traced to its post.
    const posts = Array.from({ length: POSTS }, (_, i) => {
      const files = Object.fromEntries(KINDS.map((kind, k) => [kind, makePdf(sizeKb(220) + i * 10 + k)]));
      const form = new FormData();
      form.set("applicationId", applicationId);
      form.set("next", "pledge");
      form.set("continue", "");
      for (const kind of KINDS) form.set(`file-${kind}`, new File([files[kind]!], `${kind}-${i}.pdf`));
      return { files, form };
    });
    const answers = await Promise.allSettled(posts.map(({ form }) => saveUploadsFormAction(null, form)));

    // A post answers with every file stored and continues to the pledge. On a busy machine a post
    // may not get a transaction in time (Prisma P2028): it answers "busy, try again" (ADR 149), not
    // the error page, and what it had not stored stays unstored. Which posts are that slow is the
    // machine's business; every post answers, and what the database holds afterwards is the rule.
    expect(answers.filter((a) => a.status === "rejected").map((a) => a.reason as unknown)).toEqual([]);
    const all = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));
    const answered = all.filter((a) => a.ok);
    for (const answer of answered) {
      expect(answer).toMatchObject({
        ok: true,
        data: { outcomes: { APPLICATION_FORM: { status: "stored" }, PLEDGE: { status: "stored" } } },
      });
    }
    for (const answer of all.filter((a) => !a.ok))
      expect(answer).toMatchObject({ ok: false, formError: { key: "errors.busyTryAgain" } });
    expect(answered.length).toBeGreaterThan(0);
    expect(redirects.filter((href) => href === `/me/applications/${applicationId}/edit/pledge`)).toHaveLength(answered.length);

    // Each store is one transaction that bumps the version once: no file stored twice, none half.
    const after = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } });
    expect(after.version - before.version).toBe(stores.length);
    expect(stores.length).toBeGreaterThanOrEqual(answered.length * KINDS.length);

    const attachments = await db.attachment.findMany({
      where: { applicationId },
      select: { kind: true, file: { select: { sha256: true, size: true, data: true, originalName: true } } },
      orderBy: { kind: "asc" },
    });
    expect(attachments.map((a) => a.kind)).toEqual([...KINDS]);
    for (const { kind, file } of attachments) {
      // Whole: the bytes of one post's file, under that post's name.
      const post = Number(/-(\d+)\.pdf$/.exec(file.originalName)?.[1]);
      const sent = posts[post]!.files[kind]!;
      expect(file.originalName).toBe(`${kind}-${post}.pdf`);
      expect(file.size).toBe(sent.byteLength);
      expect(sha256(file.data)).toBe(sha256(sent));
      expect(file.sha256).toBe(sha256(sent));
    }

    // No half rows: of the files stored, every one replaced by a later post is gone with it.
    const names = posts.flatMap((_, i) => KINDS.map((kind) => `${kind}-${i}.pdf`));
    const left = await db.storedFile.findMany({
      where: { originalName: { in: names }, attachments: { none: {} }, ticketPdfs: { none: {} } },
      select: { id: true },
    });
    expect(left).toEqual([]);
    expect(await db.storedFile.count({ where: { originalName: { in: names } } })).toBe(KINDS.length);
  }, 300_000);

  it("answers a post whose transaction ran out of time (Prisma P2028) with 'busy, try again', not the error page", async () => {
    const person = await createCandidate();
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 2 }, "2025-05-09");
    await giveUploadConsent(person.actor);
    session.current = { user: { id: person.actor.id }, sv: 0 };
    const form = new FormData();
    form.set("applicationId", applicationId);
    form.set("next", "pledge");
    form.set("file-PLEDGE", new File([makePdf(sizeKb(220))], "pledge.pdf"));
    busy.next = true;
    await expect(saveUploadsFormAction(null, form)).resolves.toEqual({
      ok: false,
      formError: { key: "errors.busyTryAgain" },
      fieldErrors: {},
      values: {},
    });
    expect(await db.attachment.count({ where: { applicationId } })).toBe(0);
    // The same post a moment later goes through.
    await expect(saveUploadsFormAction(null, form)).resolves.toMatchObject({ ok: true });
    expect(await db.attachment.count({ where: { applicationId } })).toBe(1);
  });
});
