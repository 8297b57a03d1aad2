import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { batchPaymentNotice } from "@/lib/server/institution/payments/batch-payment";
import { rebuildBatchNotice } from "@/lib/server/institution/payments/rebuild-batch-notice";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { rebuildRosterPreview } from "@/lib/server/institution/roster/rebuild-roster-preview";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { batchId, createApplication, createCandidate, createInstitutionActor, uniqueIdNumber } from "../support/factories";
import { registerThroughRoster } from "./support/people";
import { fillTemplate, goodRow } from "./support/roster";

// ADR 148: a form inside another form's answer (the roster's submit under its preview, the batch
// receipt under its notice) posted without JavaScript renders the page with only its own answer.
// Its refusal carries the parent's answer, rebuilt from the ids posted by a use case that checks
// they are the asker's: someone else's ids give nothing.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { submitRosterAction } = await import("@/app/[locale]/institution/roster/actions");
const { submitBatchPaymentAction } = await import("@/app/[locale]/institution/payments/actions");

const signIn = (actor: Actor | null) => {
  session.current = actor ? { user: { id: actor.id }, sv: 0 } : null;
};
const form = (fields: Record<string, string | string[] | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
};

// Batch 5 of 2025 (三): registration 5/6–5/13, payment 5/26–5/28, exam 6/14.
const REGISTRATION_DAY = "2025-05-08";
const PAY_DAY = "2025-05-27";
const FEE = 15000;

beforeAll(async () => {
  await ensureCatalog();
  await db.project.update({ where: { seq: 3 }, data: { feeFen: FEE } });
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
});
beforeEach(() => signIn(null));
/** Applications this file approved: drafts again afterwards, so other files' counts of approved candidates hold. */
const approvedHere: string[] = [];
afterAll(async () => {
  delete process.env.PORTAL_NOW;
  await db.application.updateMany({ where: { id: { in: approvedHere } }, data: { status: "DRAFT" } });
});

async function previewed(owner: Actor) {
  const rows = [goodRow(uniqueIdNumber(), "重建一"), goodRow(uniqueIdNumber(), "重建二", { mobile: "1" })];
  const file = await fillTemplate((await rosterTemplate(owner)).bytes, rows);
  return previewRoster(owner, { batchId: await batchId(5), bytes: file, fileName: "重建.xlsx" }, REGISTRATION_DAY);
}

describe("the roster's preview, rebuilt from the upload a refused submit names", () => {
  it("is the preview the upload had, for its institution only, and nothing once submitted", async () => {
    const owner = await createInstitutionActor();
    const preview = await previewed(owner);
    expect(preview).toMatchObject({ rows: 2, valid: 1, invalid: 1 });
    expect(await rebuildRosterPreview(owner, preview.uploadId, REGISTRATION_DAY)).toEqual(preview);

    const stranger = await createInstitutionActor("四川省科教兴川促进会");
    expect(await rebuildRosterPreview(stranger, preview.uploadId, REGISTRATION_DAY)).toBeNull();
    expect(await rebuildRosterPreview(owner, "not-a-uuid", REGISTRATION_DAY)).toBeNull();

    await submitRoster(owner, { uploadId: preview.uploadId, pledge: true }, REGISTRATION_DAY, new Date("2025-05-08T02:00:00Z"));
    expect(await rebuildRosterPreview(owner, preview.uploadId, REGISTRATION_DAY)).toBeNull();
  });

  it("comes with the action's refusal (no pledge) to its owner; someone else posting the id gets none", async () => {
    process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
    const owner = await createInstitutionActor();
    const preview = await previewed(owner);
    signIn(owner);
    expect(await submitRosterAction(null, form({ uploadId: preview.uploadId }))).toEqual({
      ok: false,
      formError: null,
      fieldErrors: { pledge: [{ key: "institution.errors.roster.pledgeRequired" }] },
      values: { uploadId: preview.uploadId },
      shown: preview,
    });
    signIn(await createInstitutionActor("四川省科教兴川促进会"));
    const posts: Record<string, string>[] = [{ uploadId: preview.uploadId }, { uploadId: preview.uploadId, pledge: "on" }];
    for (const fields of posts) {
      expect(await submitRosterAction(null, form(fields))).toMatchObject({ ok: false, shown: null });
    }
  });
});

describe("the whole-batch notice, rebuilt from the ids a refused receipt names", () => {
  async function approved(owner: Actor, count: number) {
    const people = await registerThroughRoster(owner, ["重建甲", "重建乙", "重建丙"].slice(0, count));
    const ids = people.map((p) => p.applicationId);
    await db.application.updateMany({ where: { id: { in: ids } }, data: { status: "APPROVED" } });
    approvedHere.push(...ids);
    return ids;
  }

  it("is the notice of that selection, for its institution only", async () => {
    const owner = await createInstitutionActor();
    const ids = await approved(owner, 2);
    const batch = await batchId(5);
    const notice = await batchPaymentNotice(owner, batch, ids, PAY_DAY);
    expect(await rebuildBatchNotice(owner, batch, [...ids].reverse(), PAY_DAY)).toEqual(notice);

    const stranger = await createInstitutionActor("四川省科教兴川促进会");
    expect(await rebuildBatchNotice(stranger, batch, ids, PAY_DAY)).toBeNull();
    // One of someone else's among its own: the whole selection gives nothing.
    const foreign = await createApplication({
      candidateId: (await createCandidate()).candidateId,
      batchSeq: 5,
      projectSeq: 3,
      status: "APPROVED",
      channel: "INSTITUTION",
      institutionId: stranger.institutionId!,
      withFiles: false,
    });
    approvedHere.push(foreign);
    expect(await rebuildBatchNotice(owner, batch, [...ids, foreign], PAY_DAY)).toBeNull();
    expect(await rebuildBatchNotice(owner, "not-a-uuid", ids, PAY_DAY)).toBeNull();
    expect(await rebuildBatchNotice(owner, batch, ["not-a-uuid"], PAY_DAY)).toBeNull();
  });

  it("comes with the action's refusal (a wrong head count) with the values typed; someone else gets none", async () => {
    process.env.PORTAL_NOW = "2025-05-27T10:00:00+08:00";
    const owner = await createInstitutionActor();
    const ids = await approved(owner, 2);
    const batch = await batchId(5);
    const receipt = new File([await makeJpeg({ targetBytes: sizeKb(150) })], "回单.jpg", { type: "image/jpeg" });
    const fields = {
      batchId: batch,
      applicationIds: ids,
      payerName: "某机构",
      amount: "300.00",
      transferDate: "2025-05-26",
      examDate: "2025-06-14",
      headCount: "3",
      receipt,
    };
    signIn(owner);
    expect(await submitBatchPaymentAction(null, form(fields))).toEqual({
      ok: false,
      formError: { key: "institution.errors.payment.check" },
      fieldErrors: { headCount: [{ key: "institution.errors.payment.headCount" }] },
      values: {
        batchId: batch,
        payerName: "某机构",
        amount: "300.00",
        transferDate: "2025-05-26",
        examDate: "2025-06-14",
        headCount: "3",
        applicationIds: ids.join(","),
      },
      shown: await batchPaymentNotice(owner, batch, ids, PAY_DAY),
    });
    expect(await db.application.count({ where: { id: { in: ids }, status: "APPROVED" } })).toBe(2);

    signIn(await createInstitutionActor("四川省科教兴川促进会"));
    expect(await submitBatchPaymentAction(null, form({ ...fields, headCount: "2" }))).toMatchObject({
      ok: false,
      formError: { key: "institution.errors.payment.selectionChanged" },
      shown: null,
    });
  });
});
