import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, createSite, officer, reviewer, snapshot } from "./factories";
import { givePlanSession } from "@/tests/integration/support/exam-session";

// Actions and route handlers with a mocked next-auth session (ARCHITECTURE "Tests").
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
const { holdPlanAction, assignSeatsAction } = await import("@/app/[locale]/staff/plans/[id]/actions");
const { GET: signInSheet } = await import("@/app/[locale]/staff/exam/sign-in-sheet/route");
const { GET: checkInPhoto } = await import("@/app/[locale]/staff/exam/photo/[applicationId]/route");

beforeAll(ensureCatalog);
beforeEach(() => {
  session.current = null;
});

async function signIn(actor: Actor, withSecondFactor = true) {
  if (withSecondFactor)
    await db.staffSecondFactor.create({
      data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
  session.current = { user: { id: actor.id }, sv: 0 };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("staff actions check the session and the role themselves", () => {
  it("no session, or a reviewer: refused, nothing changed; the exam officer: done", async () => {
    const batch = await createBatch("2038-03-20");
    const plan = await createPlan(batch, 6);
    await givePlanSession(plan);
    await createApplications(plan, 10, { photo: false });
    const before = await snapshot(plan);

    expect(await holdPlanAction(null, form({ planId: plan, reason: "" }))).toMatchObject({
      ok: false,
      formError: { key: "errors.signInFirst" },
    });
    await signIn(await reviewer());
    expect(await holdPlanAction(null, form({ planId: plan, reason: "" }))).toMatchObject({
      ok: false,
      formError: { key: "errors.forbidden" },
    });
    expect(await snapshot(plan)).toEqual(before);

    await signIn(await officer());
    expect(await holdPlanAction(null, form({ planId: plan, reason: "" }))).toEqual({
      ok: true,
      data: { paid: 10, ticketsIssued: 10 },
    });
  });

  it("an officer without a second factor is sent to enroll (ADR 011), before anything happens", async () => {
    const batch = await createBatch("2038-04-17");
    const plan = await createPlan(batch, 7);
    await signIn(await officer(), false);
    await expect(holdPlanAction(null, form({ planId: plan, reason: "x" }))).rejects.toThrow("NEXT_REDIRECT /staff/security");
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan } })).status).toBe("OPEN");
  });

  it("capacity short: the form gets the numbers to show", async () => {
    const batch = await createBatch("2038-05-15");
    const plan = await createPlan(batch, 8);
    await givePlanSession(plan);
    await createApplications(plan, 3, { photo: false });
    await signIn(await officer());
    await holdPlanAction(null, form({ planId: plan, reason: "试点" }));
    const site = await createSite([{ name: "第1考场", capacity: 2 }]);
    expect(await assignSeatsAction(null, form({ planId: plan, siteId: site.siteId }))).toMatchObject({
      ok: false,
      formError: { key: "staffExam.errors.capacityShort", params: { needed: 3, available: 2 } },
    });
  });
});

describe("sign-in sheet route: role checked in the handler, served as an attachment", () => {
  it("401 without a session, 403 for a reviewer, a PDF attachment with nosniff for the officer", async () => {
    const batch = await createBatch("2038-06-12");
    const plan = await createPlan(batch, 9, "HELD");
    const [app] = await createApplications(plan, 1);
    const site = await createSite([{ name: "第1考场", capacity: 5 }]);
    await db.application.update({
      where: { id: app!.id },
      data: { ticketNumber: `38${batch.seq}0900010`, roomId: site.roomIds[0], seat: 1 },
    });
    const request = () => new Request(`http://localhost/staff/exam/sign-in-sheet?batch=${batch.id}&room=${site.roomIds[0]}`);
    expect((await signInSheet(request())).status).toBe(401);
    await signIn(await reviewer());
    expect((await signInSheet(request())).status).toBe(403);
    await signIn(await officer());
    const response = await signInSheet(request());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });
});

describe("check-in photo route: a stored file, so a download on the wire like every other (issue 6)", () => {
  it("the officer's <img> gets the photo as an attachment with nosniff and a CSP that allows nothing", async () => {
    const batch = await createBatch("2038-07-10");
    const [app] = await createApplications(await createPlan(batch, 9, "HELD"), 1);
    const get = () =>
      checkInPhoto(new Request(`http://localhost/staff/exam/photo/${app!.id}`), {
        params: Promise.resolve({ applicationId: app!.id }),
      });
    expect((await get()).status).toBe(401);
    await signIn(await officer());
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/(jpeg|png)$/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="photo\.(jpg|png)"/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });
});
