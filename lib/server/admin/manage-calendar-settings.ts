import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import type { ScheduleDay } from "@/lib/domain/holiday-schedule";
import type { IsoDate } from "@/lib/domain/types";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { expireCatalog } from "@/lib/server/catalog/expire-catalog";

export interface HolidayOverrideDto {
  date: IsoDate;
  isWorkingDay: boolean;
  note: string;
}

/** 六 八 九 count working days; the holiday package lacks years the State Council has not published. */
export async function listHolidayOverrides(actor: Actor, year: number): Promise<HolidayOverrideDto[]> {
  assertStaffRole(actor, "ADMIN");
  const rows = await db.holidayOverride.findMany({
    where: { date: { gte: fromIsoDate(`${year}-01-01`), lte: fromIsoDate(`${year}-12-31`) } },
    orderBy: { date: "asc" },
  });
  return rows.map((r) => ({ date: toIsoDate(r.date), isWorkingDay: r.isWorkingDay, note: r.note }));
}

export async function setHolidayOverride(
  actor: Actor,
  input: { date: IsoDate; isWorkingDay: boolean; note?: string | undefined },
): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const data = { isWorkingDay: input.isWorkingDay, note: input.note ?? "" };
  await db.$transaction(async (tx) => {
    await tx.holidayOverride.upsert({
      where: { date: fromIsoDate(input.date) },
      create: { date: fromIsoDate(input.date), ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.holiday.set",
      entity: "HolidayOverride",
      entityId: input.date,
      after: data,
    });
  });
  expireCatalog(CATALOG_TAGS.calendar);
}

export async function deleteHolidayOverride(actor: Actor, date: IsoDate): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const removed = await db.$transaction(async (tx) => {
    const deleted = await tx.holidayOverride.deleteMany({ where: { date: fromIsoDate(date) } });
    if (deleted.count > 0)
      await recordAudit(tx, { actorId: actor.id, action: "admin.holiday.delete", entity: "HolidayOverride", entityId: date });
    return deleted.count;
  });
  if (removed > 0) expireCatalog(CATALOG_TAGS.calendar);
}

/** When the year's whole schedule was entered (ADR 084), or null: its working days are then guesses. */
export async function getHolidayYear(actor: Actor, year: number): Promise<{ completedAt: Date } | null> {
  assertStaffRole(actor, "ADMIN");
  return db.holidayYear.findUnique({ where: { year }, select: { completedAt: true } });
}

/**
 * A year's whole holiday schedule at once (issue 17 item 6): it replaces the year's overrides and
 * marks the year known, which silences the "holidays not known" warnings of every batch whose
 * dates fall in it. A single day entered by hand never does.
 */
export async function setHolidayYear(actor: Actor, year: number, days: readonly ScheduleDay[]): Promise<{ days: number }> {
  assertStaffRole(actor, "ADMIN");
  if (days.length === 0 || days.some((d) => !d.date.startsWith(`${year}-`)))
    throw new AppError("INVALID", "batchHousekeeping.schedule.invalid");
  const range = { gte: fromIsoDate(`${year}-01-01`), lte: fromIsoDate(`${year}-12-31`) };
  const written = await db.$transaction(async (tx) => {
    const removed = await tx.holidayOverride.deleteMany({ where: { date: range } });
    await tx.holidayOverride.createMany({
      data: days.map((d) => ({ date: fromIsoDate(d.date), isWorkingDay: d.isWorkingDay, note: d.note })),
    });
    await tx.holidayYear.upsert({
      where: { year },
      create: { year, completedById: actor.id },
      update: { completedById: actor.id },
      select: { year: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.holiday.year",
      entity: "HolidayYear",
      entityId: String(year),
      before: { overrides: removed.count },
      after: {
        holidays: days.filter((d) => !d.isWorkingDay).length,
        workdays: days.filter((d) => d.isWorkingDay).length,
      },
    });
    return { days: days.length };
  });
  // The public calendar's derived dates count these days (ADR 088).
  expireCatalog(CATALOG_TAGS.calendar);
  return written;
}

export interface FeeDto {
  seq: number;
  name: string;
  feeFen: number;
}

/** The notice defers fees to a 2023 price regulation (五), so the administrator keeps them. */
export async function listFees(actor: Actor): Promise<FeeDto[]> {
  assertStaffRole(actor, "ADMIN");
  return db.project.findMany({ orderBy: { seq: "asc" }, select: { seq: true, name: true, feeFen: true } });
}

export async function setFee(actor: Actor, projectSeq: number, feeFen: number): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.project.findUnique({ where: { seq: projectSeq }, select: { id: true, feeFen: true } });
    if (!before || before.feeFen === feeFen) return false;
    await tx.project.update({ where: { seq: projectSeq }, data: { feeFen } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.fee.set",
      entity: "Project",
      entityId: before.id,
      before: { projectSeq, feeFen: before.feeFen },
      after: { projectSeq, feeFen },
    });
    return true;
  });
  if (changed) expireCatalog(CATALOG_TAGS.projects);
}

/** 五: the payee name and account every receipt must show (read by lib/server/settings/payee.ts). */
export async function setPayee(actor: Actor, payee: { name: string; account: string; bank?: string | undefined }): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const value = { name: payee.name, account: payee.account, bank: payee.bank ?? "" };
  await db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: "payee" }, select: { value: true } });
    await tx.setting.upsert({ where: { key: "payee" }, create: { key: "payee", value }, update: { value } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.payee.set",
      entity: "Setting",
      entityId: "payee",
      before: (before?.value as Record<string, unknown> | undefined) ?? null,
      after: value,
    });
  });
}
