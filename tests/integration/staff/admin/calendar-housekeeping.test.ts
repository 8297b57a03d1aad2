import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import { parseHolidaySchedule } from "@/lib/domain/holiday-schedule";
import { batchFormSchema } from "@/lib/schemas/staff-admin-schema";
import {
  deleteDraftBatch,
  listAdminBatches,
  saveBatch,
  setBatchPublished,
  type SaveBatchResult,
} from "@/lib/server/admin/manage-batches";
import { setHolidayOverride, setHolidayYear } from "@/lib/server/admin/manage-calendar-settings";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

// Issue 17 item 6 (ADR 084): batch numbers follow exam dates, drafts can be deleted, a holiday
// exam and duplicate or overlapping batches wait for the administrator's confirmation, and the
// missing-holiday warning covers every derived date and asks for the whole year's schedule.
// Years 2088 and 2089: no other test uses them, and the holiday package knows neither.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: unknown }) => {
    throw new Error(`NEXT_REDIRECT ${JSON.stringify(href)}`);
  },
}));
const actions = await import("@/app/[locale]/staff/admin/calendar-actions");

let admin: Actor;

/** The notice's shape (三) before an exam day: registration 60 days ahead, tickets the week before. */
function fields(examDate: string): Record<string, string> {
  const d = (n: number) => addDays(examDate, n);
  return {
    year: examDate.slice(0, 4),
    registrationStart: d(-60),
    registrationEnd: d(-53),
    reviewStart: d(-53),
    reviewEnd: d(-43),
    paymentStart: d(-40),
    paymentEnd: d(-38),
    ticketStart: d(-12),
    ticketEnd: d(-8),
    examDate,
  };
}
const form = (examDate: string) => batchFormSchema.parse(fields(examDate));

function saved(result: SaveBatchResult): { id: string; seq: number } {
  if (!result.saved) throw new Error(`not saved: ${JSON.stringify(result.warnings)}`);
  return result;
}

const SCHEDULE_2088 = "2088-01-01 休 元旦\n2088-10-01 至 2088-10-07 休 国庆节\n2088-10-09 班 国庆节调休";

beforeAll(async () => {
  await ensureCatalog();
  admin = await createStaff(["ADMIN"]);
  await db.staffSecondFactor.create({
    data: { userId: admin.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  session.current = { user: { id: admin.id }, sv: 0 };
  const schedule = parseHolidaySchedule(SCHEDULE_2088, 2088);
  if (!schedule.ok) throw new Error("schedule");
  await setHolidayYear(admin, 2088, schedule.days);
});

const numbers = async () => (await listAdminBatches(admin, 2088)).map((b) => [b.examDate, b.seq, b.published]);

describe("三: batch numbers follow exam dates, drafts can be deleted (issue 17 item 6)", () => {
  it("numbers by exam date until published, never after; a deleted draft leaves no gap", async () => {
    // December first: its certificates fall in 2089, whose holidays are unknown, so it is confirmed.
    const december = saved(await saveBatch(admin, form("2088-12-04"), null, { confirm: true }));
    const march = saved(await saveBatch(admin, form("2088-03-06"), null));
    const june = saved(await saveBatch(admin, form("2088-06-12"), null));
    expect(await numbers()).toEqual([
      ["2088-03-06", 1, false],
      ["2088-06-12", 2, false],
      ["2088-12-04", 3, false],
    ]);
    await setBatchPublished(admin, march.id, true);
    await setBatchPublished(admin, june.id, true);

    // An extra batch with its exam in May comes after the published ones, before December.
    const may = saved(await saveBatch(admin, form("2088-05-15"), null));
    expect(may.seq).toBe(3);
    expect(await numbers()).toEqual([
      ["2088-03-06", 1, true],
      ["2088-05-15", 3, false],
      ["2088-06-12", 2, true],
      ["2088-12-04", 4, false],
    ]);

    await expect(deleteDraftBatch(admin, june.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "batchHousekeeping.errors.publishedCannotBeDeleted",
    });
    await deleteDraftBatch(admin, may.id);
    expect(await numbers()).toEqual([
      ["2088-03-06", 1, true],
      ["2088-06-12", 2, true],
      ["2088-12-04", 3, false],
    ]);
    expect(await db.batch.count({ where: { id: may.id } })).toBe(0);
    const audit = await db.auditLog.findMany({ where: { entityId: may.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["admin.batch.create", "admin.batch.delete"]);
    expect(december.id).toBeTruthy();
  });

  it("only the administrator deletes a draft", async () => {
    const clerk = await createStaff(["FINANCE", "EXAM_OFFICER", "REVIEWER"]);
    await expect(deleteDraftBatch(clerk, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("三: what the administrator must confirm (issue 17 item 6)", () => {
  it("an exam on a public holiday is not saved until confirmed (a second submit with confirm=true)", async () => {
    const before = await db.batch.count({ where: { year: 2088 } });
    const first = await actions.saveBatchAction(null, toFormData(fields("2088-10-02")));
    expect(first).toMatchObject({ ok: true, data: { saved: false } });
    const keys = first.ok ? first.data.warnings.map((w) => [w.key, w.values]) : [];
    expect(keys).toContainEqual(["batchHousekeeping.warnings.examOnHoliday", { date: "2088-10-02" }]);
    expect(await db.batch.count({ where: { year: 2088 } })).toBe(before);

    await expect(actions.saveBatchAction(null, toFormData({ ...fields("2088-10-02"), confirm: "true" }))).rejects.toThrow(
      "NEXT_REDIRECT",
    );
    const row = await db.batch.findFirstOrThrow({ where: { examDate: new Date("2088-10-02") }, select: { id: true } });
    const [created] = await db.auditLog.findMany({ where: { entityId: row.id }, select: { after: true } });
    const confirmed = (created?.after as { confirmedWarnings?: string[] } | null)?.confirmedWarnings;
    expect(confirmed).toContain("batchHousekeeping.warnings.examOnHoliday");
  });

  it("an exam on a weekend made a working day (调休)", async () => {
    const result = await saveBatch(admin, form("2088-10-09"), null);
    expect(result.saved).toBe(false);
    expect(result.warnings).toContainEqual({
      key: "batchHousekeeping.warnings.examOnWorkedWeekend",
      values: { date: "2088-10-09" },
    });
  });

  it("an exact duplicate and a second exam on the same day", async () => {
    const march = (await listAdminBatches(admin, 2088)).find((b) => b.examDate === "2088-03-06");
    const duplicate = await saveBatch(admin, form("2088-03-06"), null);
    expect(duplicate).toMatchObject({
      saved: false,
      warnings: [{ key: "batchHousekeeping.warnings.duplicate", values: { seq: march?.seq } }],
    });
    const sameDay = await saveBatch(admin, { ...form("2088-03-06"), registrationStart: "2088-01-03" }, null);
    expect(sameDay.warnings).toEqual([
      { key: "batchHousekeeping.warnings.sameExamDate", values: { seq: march?.seq, date: "2088-03-06" } },
    ]);
    const overlapping = await saveBatch(admin, form("2088-03-13"), null);
    expect(overlapping.warnings.map((w) => w.key)).toEqual(["batchHousekeeping.warnings.registrationOverlaps"]);
  });

  it("the missing-holiday warning covers derived dates in the next year and wants the whole year, not one day", async () => {
    const december = form("2088-12-25");
    const first = await saveBatch(admin, december, null);
    const unknown = first.warnings.find((w) => w.key === "batchHousekeeping.warnings.holidaysUnknown");
    // Every date typed is in 2088 (known); the notice's last day and the certificates fall in 2089.
    expect(unknown?.values).toEqual({ year: 2089, dates: "2089-01-06, 2089-03-18" });

    await setHolidayOverride(admin, { date: "2089-01-01", isWorkingDay: false, note: "元旦" });
    expect((await saveBatch(admin, december, null)).warnings.map((w) => w.key)).toEqual([
      "batchHousekeeping.warnings.holidaysUnknown",
    ]);

    const schedule = parseHolidaySchedule("2089-01-01 休 元旦\n2089-01-24 至 2089-01-30 休 春节", 2089);
    if (!schedule.ok) throw new Error("schedule");
    await setHolidayYear(admin, 2089, schedule.days);
    const after = await saveBatch(admin, december, null);
    expect(after).toMatchObject({ saved: true, warnings: [] });
  });
});

function toFormData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}
