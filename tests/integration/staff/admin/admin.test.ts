import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { batchFormSchema, institutionSchema, newInstitutionUserSchema } from "@/lib/schemas/staff-admin-schema";
import { listAdminBatches, saveBatch, setBatchPublished } from "@/lib/server/admin/manage-batches";
import {
  listFees,
  listHolidayOverrides,
  setFee,
  setHolidayOverride,
  deleteHolidayOverride,
  setPayee,
} from "@/lib/server/admin/manage-calendar-settings";
import { getAdminInstitution, saveInstitution, setInstitutionActive } from "@/lib/server/admin/manage-institutions";
import { createUser, listStaffUsers, resetSecondFactor, setStaffRoles, setUserDisabled } from "@/lib/server/admin/manage-users";
import { gateLogin } from "@/lib/server/auth/totp-login";
import type { Actor } from "@/lib/server/auth/session";
import { getPayee } from "@/lib/server/settings/payee";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { createCandidate, createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { auditRows } from "../review/factories";

const AT = new Date("2025-11-20T02:00:00Z");
let admin: Actor;
const unique = () => Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  await ensureCatalog();
  admin = await createStaff(["ADMIN"]);
});

const batch2099 = (over: Record<string, string> = {}) =>
  batchFormSchema.parse({
    year: "2099",
    registrationStart: "2099-01-05",
    registrationEnd: "2099-01-12",
    reviewStart: "2099-01-12",
    reviewEnd: "2099-01-23",
    paymentStart: "2099-01-26",
    paymentEnd: "2099-01-28",
    ticketStart: "2099-02-23",
    ticketEnd: "2099-02-27",
    examDate: "2099-02-28",
    ...over,
  });

describe("三 calendar: next year's batches", () => {
  it("refuses everyone but the administrator", async () => {
    for (const actor of [(await createCandidate()).actor, await createStaff(["REVIEWER", "FINANCE", "EXAM_OFFICER"])]) {
      await expect(saveBatch(actor, batch2099(), null)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setFee(actor, 1, 100)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setPayee(actor, { name: "x", account: "123456" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("creates a draft with the next seq, refuses windows out of order, publishes", async () => {
    // 2099's holidays are unknown: every batch of the year waits for a confirmation (ADR 084).
    const confirm = { confirm: true };
    const first = await saveBatch(admin, batch2099(), null, confirm);
    expect(first.warnings.map((w) => w.key)).toEqual(["batchHousekeeping.warnings.holidaysUnknown"]); // 2099-02-28 is a Saturday
    await expect(saveBatch(admin, batch2099({ paymentStart: "2099-01-20" }), null)).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { paymentStart: [{ key: "staffAdmin.calendar.errors.paymentBeforeReviewEnds" }] },
    });
    const second = await saveBatch(admin, batch2099({ examDate: "2099-03-02" }), null, confirm);
    expect(second.warnings.map((w) => w.key)).toEqual([
      "staffAdmin.calendar.warnings.examNotWeekend",
      "batchHousekeeping.warnings.registrationOverlaps", // the first batch's registration days
      "batchHousekeeping.warnings.holidaysUnknown",
    ]);
    if (!first.saved || !second.saved) throw new Error("confirmed batches are saved");
    const listed = await listAdminBatches(admin, 2099);
    expect(listed.map((b) => [b.seq, b.published])).toEqual([
      [1, false],
      [2, false],
    ]);
    await saveBatch(admin, batch2099({ examDate: "2099-03-07" }), second.id, confirm);
    await setBatchPublished(admin, first.id, true);
    expect((await listAdminBatches(admin, 2099)).map((b) => [b.examDate, b.published])).toEqual([
      ["2099-02-28", true],
      ["2099-03-07", false],
    ]);
    expect((await auditRows(first.id)).map((r) => r.action)).toEqual(["admin.batch.create", "admin.batch.publish"]);
  });

  it("keeps the dates of a batch people applied to", async () => {
    const b2025 = await db.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: 1 } }, select: { id: true } });
    const project = await db.project.findUniqueOrThrow({ where: { seq: 21 }, select: { id: true } });
    const plan = await db.plan.upsert({
      where: { batchId_projectId: { batchId: b2025.id, projectId: project.id } },
      create: { batchId: b2025.id, projectId: project.id },
      update: {},
      select: { id: true },
    });
    const { candidateId } = await createCandidate();
    await db.application.create({ data: { planId: plan.id, candidateId, channel: "INDIVIDUAL" } });
    const dates = batchFormSchema.parse({
      year: "2025",
      registrationStart: "2025-01-02",
      registrationEnd: "2025-01-09",
      reviewStart: "2025-01-09",
      reviewEnd: "2025-01-17",
      paymentStart: "2025-01-20",
      paymentEnd: "2025-01-22",
      ticketStart: "2025-02-17",
      ticketEnd: "2025-02-21",
      examDate: "2025-02-22",
    });
    await expect(saveBatch(admin, dates, b2025.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setBatchPublished(admin, b2025.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("holiday overrides change the working-day calendar", async () => {
    await setHolidayOverride(admin, { date: "2098-01-01", isWorkingDay: false, note: "元旦" });
    await setHolidayOverride(admin, { date: "2098-01-04", isWorkingDay: true, note: "调休" });
    expect(await listHolidayOverrides(admin, 2098)).toEqual([
      { date: "2098-01-01", isWorkingDay: false, note: "元旦" },
      { date: "2098-01-04", isWorkingDay: true, note: "调休" },
    ]);
    const calendar = await loadWorkingDayCalendar();
    expect(calendar.isWorkingDay("2098-01-01")).toBe(false);
    expect(calendar.isWorkingDay("2098-01-04")).toBe(true); // a Saturday made a working day
    // Unchanged overrides give the calendar already made (its answers remembered, ADR 152) …
    expect(await loadWorkingDayCalendar()).toBe(calendar);
    expect(calendar.addWorkingDays("2098-01-03", 1)).toBe("2098-01-04");
    await deleteHolidayOverride(admin, "2098-01-04");
    expect(await listHolidayOverrides(admin, 2098)).toHaveLength(1);
    // … and a change, a new one at once, whatever the old one remembered.
    const changed = await loadWorkingDayCalendar();
    expect(changed).not.toBe(calendar);
    expect(changed.isWorkingDay("2098-01-04")).toBe(false);
    expect(changed.addWorkingDays("2098-01-03", 1)).toBe("2098-01-06");
  });

  it("fees in fen and the payee", async () => {
    await setFee(admin, 20, 32_000);
    expect((await listFees(admin)).find((f) => f.seq === 20)?.feeFen).toBe(32_000);
    await setPayee(admin, { name: "四川省职业技能鉴定指导中心", account: "5100 1234 5678", bank: "建设银行成都青羊支行" });
    expect(await getPayee()).toEqual({
      name: "四川省职业技能鉴定指导中心",
      account: "5100 1234 5678",
      bank: "建设银行成都青羊支行",
    });
  });
});

describe("附件2 institutions and accounts", () => {
  it("adds, edits, authorizes projects, and deactivates an institution (its users can no longer log in)", async () => {
    const name = `测试培训中心${unique()}`;
    const input = institutionSchema.parse({
      name,
      address: "成都市",
      contacts: "张老师 028-12345678\n李老师，13800001234",
      projects: ["1", "2"],
    });
    const { id } = await saveInstitution(admin, input, null);
    expect(await getAdminInstitution(admin, id)).toMatchObject({
      name,
      projects: [1, 2],
      contacts: [
        { name: "张老师", phone: "028-12345678" },
        { name: "李老师", phone: "13800001234" },
      ],
      active: true,
    });
    await saveInstitution(admin, { ...input, projects: [3] }, id);
    expect((await getAdminInstitution(admin, id)).projects).toEqual([3]);
    await expect(saveInstitution(admin, input, null)).rejects.toMatchObject({ code: "CONFLICT" });

    const login = `inst${unique()}`;
    const user = await createUser(admin, {
      kind: "INSTITUTION",
      institutionId: id,
      login,
      displayName: name,
      password: "Temp2025pass",
    });
    expect(await gateLogin(user.id, "", "local")).toMatchObject({ ok: true });

    // The center gives an institution's account an address: the institution's messages reach it.
    const parsed = newInstitutionUserSchema.parse({
      login: `inst${unique()}`,
      displayName: name,
      email: "Office@Example.CN",
      password: "Temp2025pass",
    });
    const mailed = await createUser(admin, { kind: "INSTITUTION", institutionId: id, ...parsed });
    expect((await db.user.findUniqueOrThrow({ where: { id: mailed.id } })).email).toBe("Office@example.cn");
    const [created] = await auditRows(mailed.id);
    expect(created).toMatchObject({ action: "admin.user.create", after: { institutionId: id, withEmail: true } });
    expect(JSON.stringify(created)).not.toMatch(/office@/i);
    expect(newInstitutionUserSchema.safeParse({ ...parsed, email: "office@" }).error?.issues).toMatchObject([
      { path: ["email"], message: "errors.email" },
    ]);

    await setInstitutionActive(admin, id, false);
    expect(await gateLogin(user.id, "", "local")).toEqual({ ok: false, reason: "disabled" });
  });

  it("creates staff with a temporary password, changes roles, disables, resets the second factor", async () => {
    const login = `clerk${unique()}`;
    const { id } = await createUser(admin, {
      kind: "STAFF",
      login,
      displayName: "新财务",
      roles: ["FINANCE"],
      password: "Temp2025pass",
    });
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(row.passwordHash, "Temp2025pass")).toBe(true);
    await expect(
      createUser(admin, { kind: "STAFF", login, displayName: "重复", roles: ["FINANCE"], password: "Temp2025pass" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await setStaffRoles(admin, id, ["FINANCE", "REVIEWER"]);
    expect((await listStaffUsers(admin)).find((u) => u.id === id)).toMatchObject({
      roles: ["FINANCE", "REVIEWER"],
      disabled: false,
      secondFactor: false,
    });
    await setUserDisabled(admin, id, true, AT);
    expect(await gateLogin(id, "", "local")).toEqual({ ok: false, reason: "disabled" });
    await setUserDisabled(admin, id, false, AT);
    await db.staffSecondFactor.create({ data: { userId: id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: AT } });
    await resetSecondFactor(admin, id);
    expect(await db.staffSecondFactor.findUnique({ where: { userId: id } })).toBeNull();
    expect((await auditRows(id)).map((r) => r.action)).toEqual([
      "admin.user.create",
      "admin.user.roles",
      "admin.user.disable",
      "admin.user.enable",
      "admin.user.reset-second-factor",
    ]);
  });

  it("an administrator keeps their own ADMIN role and cannot disable themselves", async () => {
    await expect(setStaffRoles(admin, admin.id, ["REVIEWER"])).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setUserDisabled(admin, admin.id, true, AT)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
