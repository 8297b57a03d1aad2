import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

// ADR 133 "Bound actions": the users, institutions, fees and return-reason forms post their ids in
// hidden inputs; each action reads them with its schema (lib/schemas/staff-admin-fields.ts) and
// refuses a missing or malformed one before touching anything.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", async () => (await import("@/tests/integration/support/next-cache-fake")).nextCacheFake);
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
const org = await import("@/app/[locale]/staff/admin/org-actions");
const calendar = await import("@/app/[locale]/staff/admin/calendar-actions");
const reasons = await import("@/app/[locale]/staff/admin/return-reasons/actions");

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};
const refused = { ok: false, formError: { key: "errors.generic" } };

let userId: string;
beforeAll(async () => {
  await ensureCatalog();
  const admin = await createStaff(["ADMIN"]);
  await db.staffSecondFactor.create({
    data: { userId: admin.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  session.current = { user: { id: admin.id }, sv: 0 };
  userId = (await createStaff(["REVIEWER"])).id;
});

const userRow = () => db.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true, disabledAt: true } });

describe("the administration actions take their ids from hidden inputs (ADR 133)", () => {
  it("sets the roles of and switches off the hidden userId", async () => {
    expect(await org.setRolesAction(null, form({ userId, roles: ["FINANCE", "AUDITOR"] }))).toMatchObject({ ok: true });
    expect((await userRow()).roles.sort()).toEqual(["AUDITOR", "FINANCE"]);
    expect(await org.setUserDisabledAction(null, form({ userId, disabled: "true" }))).toMatchObject({ ok: true });
    expect((await userRow()).disabledAt).not.toBeNull();
    expect(await org.setUserDisabledAction(null, form({ userId, disabled: "false" }))).toMatchObject({ ok: true });
    expect((await userRow()).disabledAt).toBeNull();
  });

  it("refuses a missing or malformed id, or a switch that is not true/false, and changes nothing", async () => {
    const before = await userRow();
    expect(await org.setRolesAction(null, form({ roles: ["ADMIN"] }))).toMatchObject(refused);
    expect(await org.setRolesAction(null, form({ userId: "1 OR 1=1", roles: ["ADMIN"] }))).toMatchObject(refused);
    expect(await org.setUserDisabledAction(null, form({ userId, disabled: "yes" }))).toMatchObject(refused);
    expect(await org.resetSecondFactorAction(null, form({ userId: "" }))).toMatchObject(refused);
    expect(await org.setInstitutionActiveAction(null, form({ institutionId: "x", active: "false" }))).toMatchObject(refused);
    expect(await calendar.setFeeAction(null, form({ projectSeq: "abc", yuan: "1" }))).toMatchObject(refused);
    const reason = { field: "general", textZh: "不应保存的理由", textEn: "not saved", order: "0", active: "on" };
    expect(await reasons.saveReturnReasonAction(null, form({ reasonId: "nope", ...reason }))).toMatchObject({
      ...refused,
      values: { textZh: "不应保存的理由" },
    });
    expect(await userRow()).toEqual(before);
    expect(await db.returnReason.count({ where: { textZh: "不应保存的理由" } })).toBe(0);
  });

  it("adds a return reason with an empty reasonId and changes it with its id", async () => {
    const reason = { field: "general", textZh: "隐藏编号新增的理由", textEn: "added by hidden id", order: "0", active: "on" };
    expect(await reasons.saveReturnReasonAction(null, form({ reasonId: "", ...reason }))).toMatchObject({ ok: true });
    const { id } = await db.returnReason.findFirstOrThrow({ where: { textZh: reason.textZh }, select: { id: true } });
    expect(await reasons.saveReturnReasonAction(null, form({ reasonId: id, ...reason, textEn: "changed" }))).toMatchObject({
      ok: true,
    });
    expect(await db.returnReason.findUniqueOrThrow({ where: { id }, select: { textEn: true } })).toEqual({ textEn: "changed" });
  });
});
