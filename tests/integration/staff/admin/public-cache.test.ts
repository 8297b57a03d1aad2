import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

// ADR 050: the public pages read batches, holidays, fees and institutions from Next's data cache.
// Every staff action that changes one of them must expire its tag, or the public calendar would
// show the old dates until the cache's time limit.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
const cache = vi.hoisted(() => ({ updateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => cache);
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: unknown }) => {
    throw new Error(`NEXT_REDIRECT ${JSON.stringify(href)}`);
  },
}));
const calendar = await import("@/app/[locale]/staff/admin/calendar-actions");
const org = await import("@/app/[locale]/staff/admin/org-actions");

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};

const batch2098 = {
  year: "2098",
  registrationStart: "2098-01-06",
  registrationEnd: "2098-01-13",
  reviewStart: "2098-01-13",
  reviewEnd: "2098-01-24",
  paymentStart: "2098-01-27",
  paymentEnd: "2098-01-29",
  ticketStart: "2098-02-24",
  ticketEnd: "2098-02-28",
  examDate: "2098-03-01",
};

beforeAll(async () => {
  await ensureCatalog();
  const admin = await createStaff(["ADMIN"]);
  await db.staffSecondFactor.create({
    data: { userId: admin.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  session.current = { user: { id: admin.id }, sv: 0 };
});
beforeEach(() => cache.updateTag.mockClear());

const expired = () => cache.updateTag.mock.calls.map(([tag]) => tag as string);

describe("staff changes expire the public pages' cached data (ADR 050)", () => {
  it("a new batch, its publication, a holiday and its removal expire the calendar", async () => {
    // 2098's holidays are unknown: saved on the confirming second submit (ADR 084).
    await expect(calendar.saveBatchAction(null, null, form({ ...batch2098, confirm: "true" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(expired()).toEqual([CATALOG_TAGS.calendar]);
    const created = await db.batch.findFirstOrThrow({ where: { year: 2098 }, select: { id: true } });

    cache.updateTag.mockClear();
    expect(
      await calendar.saveBatchAction(created.id, null, form({ ...batch2098, examDate: "2098-03-02", confirm: "true" })),
    ).toMatchObject({ ok: true, data: { saved: true } });
    expect(await calendar.publishBatchAction(created.id, true)).toMatchObject({ ok: true });
    expect(await calendar.setHolidayAction(null, form({ date: "2098-01-20", isWorkingDay: "on", note: "调休" }))).toMatchObject({
      ok: true,
    });
    expect(await calendar.deleteHolidayAction("2098-01-20")).toMatchObject({ ok: true });
    expect(expired()).toEqual(Array(4).fill(CATALOG_TAGS.calendar));
  });

  it("a fee expires the projects; an institution and its switch-off expire the institutions", async () => {
    expect(await calendar.setFeeAction(4, null, form({ yuan: "180" }))).toMatchObject({ ok: true });
    expect(expired()).toEqual([CATALOG_TAGS.projects]);

    cache.updateTag.mockClear();
    await expect(
      org.saveInstitutionAction(
        null,
        null,
        form({ name: "缓存测试培训中心", address: "成都市青羊区", contacts: "张老师 028-12345678", projects: ["4"] }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    const institution = await db.institution.findFirstOrThrow({ where: { name: "缓存测试培训中心" }, select: { id: true } });
    expect(await org.setInstitutionActiveAction(institution.id, false)).toMatchObject({ ok: true });
    expect(expired()).toEqual([CATALOG_TAGS.institutions, CATALOG_TAGS.institutions]);
  });

  it("a refused change expires nothing", async () => {
    expect(await calendar.setHolidayAction(null, form({ date: "not a day" }))).toMatchObject({ ok: false });
    expect(await calendar.publishBatchAction("00000000-0000-4000-8000-000000000000", true)).toMatchObject({ ok: false });
    expect(expired()).toEqual([]);
  });
});
