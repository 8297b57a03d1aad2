import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { feeSummary, guideSchedule, nextRegistrationWindow } from "@/lib/domain/guide";
import { listBatches } from "@/lib/server/catalog/list-batches";
import { listProjects } from "@/lib/server/catalog/list-projects";
import { createBatch } from "@/tests/integration/staff/exam/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

beforeAll(async () => {
  await ensureCatalog();
});

/**
 * 办事指南 (issue 16): the guide's dates and fees are the database's calendar and project fees
 * (the same reads public-catalog.ts caches), never typed into the page.
 */
describe("service guide data", () => {
  it("lists the current year's published batches with the calendar's dates", async () => {
    const exam = "2037-06-13";
    const batch = await createBatch(exam);
    await db.batch.update({ where: { id: batch.id }, data: { published: true } });
    const schedule = guideSchedule(await listBatches(), "2037-03-01");
    expect(schedule.year).toBe(2037);
    const listed = schedule.batches.find((b) => b.seq === batch.seq);
    expect(listed).toMatchObject({
      year: 2037,
      examDate: exam,
      registration: { start: addDays(exam, -60), end: addDays(exam, -53) },
      payment: { start: addDays(exam, -40), end: addDays(exam, -38) },
      ticket: { start: addDays(exam, -12), end: addDays(exam, -8) },
    });
    expect(schedule.batches.every((b) => b.year === 2037)).toBe(true);
  });

  it("leaves out unpublished batches and names the next registration window", async () => {
    const exam = "2038-09-18";
    const hidden = await createBatch(exam);
    const none = guideSchedule(await listBatches(), "2038-01-01");
    expect(none.batches.some((b) => b.seq === hidden.seq && b.year === 2038)).toBe(false);
    await db.batch.update({ where: { id: hidden.id }, data: { published: true } });
    const next = nextRegistrationWindow(
      (await listBatches()).filter((b) => b.year === 2038),
      "2038-01-01",
    );
    expect(next?.batch.seq).toBe(hidden.seq);
    expect(next?.window).toEqual({ start: addDays(exam, -60), end: addDays(exam, -53) });
  });

  it("shows the fees the administrator entered on the projects", async () => {
    const [projects, rows, span] = await Promise.all([
      listProjects(),
      db.project.findMany({ select: { seq: true, feeFen: true }, orderBy: { seq: "asc" } }),
      db.project.aggregate({ _min: { feeFen: true }, _max: { feeFen: true } }),
    ]);
    expect(projects.map((p) => [p.seq, p.feeFen])).toEqual(rows.map((r) => [r.seq, r.feeFen]));
    expect(feeSummary(projects)).toEqual({ minFen: span._min.feeFen, maxFen: span._max.feeFen });
  });
});
