import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import type { Actor } from "@/lib/server/auth/session";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { ensureCatalog } from "../support/seed";
import { batchId, createCandidate, createInstitutionActor, uniqueIdNumber } from "../support/factories";
import { registerThroughRoster } from "./support/people";
import { fillTemplate, goodRow } from "./support/roster";
import { giveSessionToPlanOf } from "@/tests/integration/support/exam-session";

// Route handlers and actions with a mocked next-auth session (ARCHITECTURE "Tests"): each checks session, institution and scope itself.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { GET: template } = await import("@/app/downloads/institution/roster-template/route");
const { GET: invalidRows } = await import("@/app/downloads/institution/roster/[uploadId]/invalid/route");
const { GET: tickets } = await import("@/app/downloads/institution/tickets/[planId]/route");
const { GET: collectionForm } = await import("@/app/downloads/institution/collection-form/[planId]/route");
const { submitRosterAction } = await import("@/app/[locale]/institution/roster/actions");

const signIn = (actor: Actor | null) => {
  session.current = actor ? { user: { id: actor.id }, sv: 0 } : null;
};
const request = (path: string) => new Request(`http://portal.test${path}`);
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });

beforeAll(async () => {
  await ensureCatalog();
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
});
beforeEach(() => signIn(null));
afterAll(() => {
  delete process.env.PORTAL_NOW;
});

describe("institution downloads check session, institution and scope inside the handler", () => {
  it("the template: 401 without a session, 403 for a candidate, the xlsx for an institution", async () => {
    expect((await template()).status).toBe(401);
    signIn((await createCandidate()).actor);
    expect((await template()).status).toBe(403);
    signIn(await createInstitutionActor());
    const response = await template();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("invalid rows of another institution's upload: 404; one's own: the xlsx", async () => {
    const owner = await createInstitutionActor();
    const file = await fillTemplate((await rosterTemplate(owner)).bytes, [goodRow(uniqueIdNumber(), "路由", { mobile: "1" })]);
    const preview = await previewRoster(owner, { batchId: await batchId(5), bytes: file, fileName: "r.xlsx" }, "2025-05-08");
    signIn(await createInstitutionActor("四川省科教兴川促进会"));
    expect((await invalidRows(request("/"), params({ uploadId: preview.uploadId }))).status).toBe(404);
    signIn(owner);
    expect((await invalidRows(request("/"), params({ uploadId: preview.uploadId }))).status).toBe(200);
  });

  it("batch tickets and the collection form: 404 for a plan outside the institution's projects, the PDF for its own", async () => {
    process.env.PORTAL_NOW = "2025-06-10T10:00:00+08:00";
    const owner = await createInstitutionActor();
    const [a] = await registerThroughRoster(owner, ["路由考生"], { project: "大数据分析", condition: "" });
    await db.application.update({
      where: { id: a!.applicationId },
      data: {
        status: "PAYMENT_CONFIRMED",
        ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 5, sequence: 8801 }),
        certificateNumber: "Z2505050001",
        score: 90,
      },
    });
    await giveSessionToPlanOf(a!.applicationId);
    const other = await createInstitutionActor("四川联合环境交易所");
    signIn(other);
    expect((await tickets(request("/"), params({ planId: a!.planId }))).status).toBe(404);
    expect((await collectionForm(request("/"), params({ planId: a!.planId }))).status).toBe(404);
    expect((await tickets(request("/"), params({ planId: "not-a-uuid" }))).status).toBe(404);
    signIn(owner);
    const pdf = await tickets(request("/"), params({ planId: a!.planId }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect((await collectionForm(request("/"), params({ planId: a!.planId }))).status).toBe(200);
  });
});

describe("institution actions check the session themselves", () => {
  it("submitting a roster without a session or as a candidate is refused, nothing stored", async () => {
    const owner = await createInstitutionActor();
    const id = uniqueIdNumber();
    const file = await fillTemplate((await rosterTemplate(owner)).bytes, [goodRow(id, "动作")]);
    process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
    const preview = await previewRoster(owner, { batchId: await batchId(5), bytes: file, fileName: "r.xlsx" }, "2025-05-08");
    const form = new FormData();
    form.set("uploadId", preview.uploadId);
    form.set("pledge", "on");
    expect(await submitRosterAction(null, form)).toMatchObject({ ok: false, formError: { key: "errors.signInFirst" } });
    signIn((await createCandidate()).actor);
    expect(await submitRosterAction(null, form)).toMatchObject({ ok: false, formError: { key: "errors.forbidden" } });
    signIn(owner);
    const noPledge = new FormData();
    noPledge.set("uploadId", preview.uploadId);
    expect(await submitRosterAction(null, noPledge)).toMatchObject({
      ok: false,
      fieldErrors: { pledge: [{ key: "institution.errors.roster.pledgeRequired" }] },
    });
    expect(await db.application.count({ where: { candidate: { idNumber: id } } })).toBe(0);
    expect(await submitRosterAction(null, form)).toEqual({
      ok: true,
      data: { uploadId: preview.uploadId, stored: 1, skipped: 0 },
    });
  });
});
