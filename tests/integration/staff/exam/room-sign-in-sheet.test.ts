import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { maskIdNumber, parseIdNumber } from "@/lib/domain/id-number";
import { displayTicketNumber, formatTicketNumber } from "@/lib/domain/ticket-number";
import type { Actor } from "@/lib/server/auth/session";
import { getRoomSignInSheetPdf } from "@/lib/server/exam/sign-in-sheet";
import { pdfImages, pdfText, squash } from "@/tests/integration/documents/pdf-tools";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, createSite, officer, reviewer, type TestBatch } from "./factories";

// The route handler with a mocked next-auth session (ARCHITECTURE "Tests").
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
const { GET: signInSheet } = await import("@/app/[locale]/staff/exam/sign-in-sheet/route");

beforeAll(ensureCatalog);
beforeEach(() => {
  session.current = null;
});

async function signIn(actor: Actor) {
  await db.staffSecondFactor.create({
    data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  session.current = { user: { id: actor.id }, sv: 0 };
}

/** A held plan of `batch` whose candidates have tickets and sit in `roomId` at the given seats. */
async function seatedPlan(batch: TestBatch, projectSeq: number, names: string[], roomId: string, seats: number[]) {
  const plan = await createPlan(batch, projectSeq, "HELD");
  const apps = await createApplications(plan, names.length, { names });
  const tickets: string[] = [];
  for (const [i, a] of apps.entries()) {
    const ticketNumber = formatTicketNumber({ year: batch.year, batchSeq: batch.seq, projectSeq, sequence: i + 1 });
    tickets.push(ticketNumber);
    await db.application.update({ where: { id: a.id }, data: { ticketNumber, roomId, seat: seats[i] } });
  }
  return { plan, apps, tickets };
}

/** Every 18-character run that is a valid resident ID number. */
function fullIdNumbers(text: string): string[] {
  return [...text.matchAll(/\d{17}[\dXx]/g)].map((m) => m[0]).filter((id) => parseIdNumber(id, "2100-01-01").ok);
}

describe("七 签到册 per room for the whole exam day (issue 5, ADR 048)", () => {
  it("[考务] one sheet lists both projects' candidates of the room in seat order, masked IDs only", async () => {
    const batch = await createBatch("2039-05-14");
    const site = await createSite([
      { name: "第1考场", capacity: 10 },
      { name: "第2考场", capacity: 10 },
    ]);
    const [room, otherRoom] = site.roomIds as [string, string];
    // Seats interleave the projects: the sheet must sort the room, not list plan after plan.
    const a = await seatedPlan(batch, 5, ["甲一", "甲二", "甲三"], room, [5, 1, 3]);
    const b = await seatedPlan(batch, 9, ["乙一", "乙二"], room, [4, 2]);
    // Not on this sheet: another room of the day, another day in the same room, an unseated candidate.
    await seatedPlan(batch, 11, ["丙一"], otherRoom, [1]);
    await seatedPlan(await createBatch("2039-06-11"), 5, ["丁一"], room, [6]);
    const unseated = await createApplications(await createPlan(batch, 12, "HELD"), 1, { names: ["戊一"] });

    const { pdf, fileName } = await getRoomSignInSheetPdf(await officer(), batch.id, room);
    expect(fileName).toBe(
      `签到册-2039-05-14-${(await db.examSite.findUniqueOrThrow({ where: { id: site.siteId } })).name}-第1考场.pdf`,
    );
    const text = squash(pdfText(pdf));
    const projects = await db.project.findMany({ where: { seq: { in: [5, 9] } }, orderBy: { seq: "asc" } });
    for (const s of ["考生签到册", "第1考场", "2039年5月14日", `${batch.year}年第${batch.seq}批`, "应到人数：5人", "考生签名"])
      expect(text).toContain(s);
    for (const p of projects) expect(text).toContain(p.name);

    const seatOrder = ["甲二", "乙二", "甲三", "乙一", "甲一"];
    const positions = seatOrder.map((name) => text.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    for (const name of ["丙一", "丁一", "戊一"]) expect(text).not.toContain(name);

    for (const app of [...a.apps, ...b.apps]) {
      expect(text).toContain(squash(maskIdNumber(app.idNumber)));
      expect(text).not.toContain(app.idNumber);
    }
    expect(text).not.toContain(unseated[0]!.idNumber);
    expect(fullIdNumbers(text)).toEqual([]);
    for (const ticket of [...a.tickets, ...b.tickets]) expect(text).toContain(squash(displayTicketNumber(ticket)));
    expect(pdfImages(pdf).filter((i) => i.enc === "jpeg")).toHaveLength(5);
  });

  it("a cancelled plan's candidates and an empty room are not on any sheet", async () => {
    const batch = await createBatch("2039-07-09");
    const { roomIds } = await createSite([{ name: "第1考场", capacity: 10 }]);
    const { plan } = await seatedPlan(batch, 6, ["己一"], roomIds[0]!, [1]);
    await db.plan.update({ where: { id: plan }, data: { status: "CANCELLED" } });
    await expect(getRoomSignInSheetPdf(await officer(), batch.id, roomIds[0]!)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "staffExam.errors.roomEmpty",
    });
  });
});

describe("签到册 route: session and role checked in the handler, 404 for an unknown room", () => {
  it("401 without a session, 403 for a reviewer, 404 for an unknown room or batch, a PDF attachment for the officer", async () => {
    const batch = await createBatch("2039-08-13");
    const { roomIds } = await createSite([{ name: "第1考场", capacity: 10 }]);
    await seatedPlan(batch, 7, ["庚一"], roomIds[0]!, [1]);
    await seatedPlan(batch, 8, ["辛一"], roomIds[0]!, [2]);
    const request = (batchId: string, roomId: string) =>
      new Request(`http://localhost/staff/exam/sign-in-sheet?batch=${batchId}&room=${roomId}`);

    expect((await signInSheet(request(batch.id, roomIds[0]!))).status).toBe(401);
    await signIn(await reviewer());
    expect((await signInSheet(request(batch.id, roomIds[0]!))).status).toBe(403);

    await signIn(await officer());
    for (const [b, r] of [
      [batch.id, crypto.randomUUID()],
      [crypto.randomUUID(), roomIds[0]!],
      [batch.id, "not-a-room"],
    ] as const) {
      const refused = await signInSheet(request(b, r));
      expect(refused.status, `${b} ${r}`).toBe(404);
      expect(await refused.json()).toMatchObject({ error: "not_found" });
    }

    const response = await signInSheet(request(batch.id, roomIds[0]!));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = squash(pdfText(Buffer.from(await response.arrayBuffer())));
    expect(text.indexOf("庚一")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("辛一")).toBeGreaterThan(text.indexOf("庚一"));
  });
});
