import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { creditCodeCheckChar } from "@/lib/domain/credit-code";
import { institutionApplicationSchema } from "@/lib/schemas/institution-application-schema";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { createStaff } from "@/tests/integration/support/factories";
import { cacheMisses, expiredTags, resetExpired } from "@/tests/integration/support/next-cache-fake";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { makePdf, sizeKb } from "@/tests/support/files";

// ADR 050, 088: the public pages and /api/v1 reads take batches, holidays, fees and institutions
// from Next's data cache. Every use case that changes one of them expires its tag itself, or the
// public calendar would show the old dates until the cache's time limit. The cache here is a
// faithful fake (tests/integration/support/next-cache-fake.ts): a value stays until its tag is
// expired, so a forgotten expiry shows as a stale answer.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", async () => (await import("@/tests/integration/support/next-cache-fake")).nextCacheFake);
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: unknown }) => {
    throw new Error(`NEXT_REDIRECT ${JSON.stringify(href)}`);
  },
}));
const calendar = await import("@/app/[locale]/staff/admin/calendar-actions");
const org = await import("@/app/[locale]/staff/admin/org-actions");
const batchesApi = await import("@/app/api/v1/batches/route");
const keptApi = await import("@/app/api/v1/kept/[read]/route");
const keptRead = (read: string) => keptApi.GET(new Request("http://localhost"), { params: Promise.resolve({ read }) });
const { setFee, setHolidayOverride } = await import("@/lib/server/admin/manage-calendar-settings");
const { saveBatch, setBatchPublished } = await import("@/lib/server/admin/manage-batches");
const { setInstitutionActive } = await import("@/lib/server/admin/manage-institutions");
const { submitInstitutionApplication } = await import("@/lib/server/institution-applications/institution-applications");
const { decideInstitutionApplication } = await import("@/lib/server/institution-applications/decide-institution-application");
const { requireRole } = await import("@/lib/server/auth/session");
const { publicProjects } = await import("@/lib/server/catalog/public-catalog");

type BatchAnswer = { seq: number; year: number; examDate: string; derived: { ticketHandoutDeadline: string } };
/** GET /api/v1/batches?year=<year> as next.config.ts routes it: the kept read (ADR 088). */
const batchesOf = async (year: number) => (await (await keptRead(`batches-${year}`)).json()) as BatchAnswer[];

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
beforeEach(() => resetExpired());

const expired = expiredTags;

describe("staff changes expire the public pages' cached data (ADR 050)", () => {
  it("a new batch, its publication, a holiday and its removal expire the calendar", async () => {
    // 2098's holidays are unknown: saved on the confirming second submit (ADR 084).
    await expect(calendar.saveBatchAction(null, form({ ...batch2098, confirm: "true" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(expired()).toEqual([CATALOG_TAGS.calendar]);
    const created = await db.batch.findFirstOrThrow({ where: { year: 2098 }, select: { id: true } });

    resetExpired();
    expect(
      await calendar.saveBatchAction(null, form({ batchId: created.id, ...batch2098, examDate: "2098-03-02", confirm: "true" })),
    ).toMatchObject({ ok: true, data: { saved: true } });
    expect(await calendar.publishBatchAction(null, form({ batchId: created.id, published: "true" }))).toMatchObject({ ok: true });
    expect(await calendar.setHolidayAction(null, form({ date: "2098-01-20", isWorkingDay: "on", note: "调休" }))).toMatchObject({
      ok: true,
    });
    expect(await calendar.deleteHolidayAction(null, form({ date: "2098-01-20" }))).toMatchObject({ ok: true });
    expect(expired()).toEqual(Array(4).fill(CATALOG_TAGS.calendar));
  });

  it("a fee expires the projects; an institution and its switch-off expire the institutions", async () => {
    expect(await calendar.setFeeAction(null, form({ projectSeq: "4", yuan: "180" }))).toMatchObject({ ok: true });
    expect(expired()).toEqual([CATALOG_TAGS.projects]);

    resetExpired();
    await expect(
      org.saveInstitutionAction(
        null,
        form({
          institutionId: "",
          name: "缓存测试培训中心",
          address: "成都市青羊区",
          contacts: "张老师 028-12345678",
          projects: ["4"],
        }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    const institution = await db.institution.findFirstOrThrow({ where: { name: "缓存测试培训中心" }, select: { id: true } });
    expect(await org.setInstitutionActiveAction(null, form({ institutionId: institution.id, active: "false" }))).toMatchObject({
      ok: true,
    });
    expect(expired()).toEqual([CATALOG_TAGS.institutions, CATALOG_TAGS.institutions]);
  });

  it("a refused change expires nothing", async () => {
    expect(await calendar.setHolidayAction(null, form({ date: "not a day" }))).toMatchObject({ ok: false });
    expect(
      await calendar.publishBatchAction(null, form({ batchId: "00000000-0000-4000-8000-000000000000", published: "true" })),
    ).toMatchObject({ ok: false });
    expect(expired()).toEqual([]);
  });
});

describe("a staff change appears at once in the cached public reads (ADR 088)", () => {
  const batch2096 = Object.fromEntries(
    Object.entries(batch2098).map(([k, v]) => [k, k === "year" ? 2096 : v.replace("2098", "2096")]),
  ) as Record<keyof typeof batch2098, string>;

  it("a published batch, a moved exam day and a holiday show in GET /api/v1/batches on the next read", async () => {
    const admin = await requireRole("ADMIN");
    expect(await batchesOf(2096)).toEqual([]);
    const missesBefore = cacheMisses();
    expect(await batchesOf(2096)).toEqual([]);
    expect(cacheMisses()).toBe(missesBefore); // the second read came from the cache

    const { year: _y, ...days } = batch2096;
    // 2096's holidays are unknown: each save is confirmed (ADR 084).
    const created = await saveBatch(admin, { year: 2096, ...days }, null, { confirm: true });
    const id = created.id!;
    await setBatchPublished(admin, id, true);
    expect((await batchesOf(2096)).map((b) => b.examDate)).toEqual(["2096-03-01"]);

    // A save waiting for the administrator's confirmation changed nothing and expires nothing.
    resetExpired();
    expect(await saveBatch(admin, { year: 2096, ...days, examDate: "2096-03-03" }, id)).toMatchObject({ saved: false });
    expect(expired()).toEqual([]);
    await saveBatch(admin, { year: 2096, ...days, examDate: "2096-03-03" }, id, { confirm: true });
    expect((await batchesOf(2096)).map((b) => b.examDate)).toEqual(["2096-03-03"]);

    // 六: tickets are handed out by a count of working days before the exam; a holiday on that day moves it earlier.
    const before = (await batchesOf(2096))[0]!.derived.ticketHandoutDeadline;
    await setHolidayOverride(admin, { date: before, isWorkingDay: false, note: "假日" });
    const after = (await batchesOf(2096))[0]!.derived.ticketHandoutDeadline;
    expect(after < before).toBe(true);

    // The uncached door (a bad year) and the cached one agree.
    const direct = (await (
      await batchesApi.GET(new NextRequest(new URL("http://localhost/api/v1/batches?year=2096")))
    ).json()) as BatchAnswer[];
    expect(direct).toEqual(await batchesOf(2096));
  });

  it("a fee shows in the projects read, a switched-off institution leaves GET /api/v1/institutions", async () => {
    const admin = await requireRole("ADMIN");
    const feeOf = async () => (await publicProjects()).find((p) => p.seq === 7)?.feeFen;
    const old = await feeOf();
    await setFee(admin, 7, (old ?? 0) + 100);
    expect(await feeOf()).toBe((old ?? 0) + 100);

    const names = async () => ((await (await keptRead("institutions")).json()) as { name: string }[]).map((i) => i.name);
    const saved = await db.institution.findFirstOrThrow({ where: { active: true, seq: 15 }, select: { id: true, name: true } });
    expect(await names()).toContain(saved.name);
    await setInstitutionActive(admin, saved.id, false);
    expect(await names()).not.toContain(saved.name);
    await setInstitutionActive(admin, saved.id, true);
    expect(await names()).toContain(saved.name);
  });

  it("an approved institution application shows in GET /api/v1/institutions (the use case expires the tag)", async () => {
    const admin = await requireRole("ADMIN");
    const names = async () => ((await (await keptRead("institutions")).json()) as { name: string }[]).map((i) => i.name);
    const first17 = `915101007${String(Date.now() % 1e7).padStart(7, "0")}1`;
    const organization = `缓存测试申请学校${Date.now() % 100000}`;
    const { reference } = await submitInstitutionApplication(
      institutionApplicationSchema.parse({
        organization,
        creditCode: first17 + creditCodeCheckChar(first17)!,
        bodyKind: "SCHOOL",
        address: "成都市锦江区东大街100号",
        contactName: "王𠮷",
        contactMobile: "13800138000",
        contactEmail: "",
        projectSeqs: ["3"],
      }),
      [{ bytes: makePdf(sizeKb(50)), name: "办学许可证.pdf" }],
      `198.51.100.7-${process.pid}-${Date.now()}`,
      new Date("2025-04-01T02:00:00Z"),
    );
    const application = await db.institutionApplication.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    expect(await names()).not.toContain(organization);
    resetExpired();
    await decideInstitutionApplication(admin, application.id, { decision: "approve" }, new Date("2025-04-02T02:00:00Z"));
    expect(expired()).toEqual([CATALOG_TAGS.institutions]);
    expect(await names()).toContain(organization);
  });
});
