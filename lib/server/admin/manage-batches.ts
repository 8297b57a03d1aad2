import "server-only";
import { batchAbilities } from "@/lib/domain/abilities";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { batchWarnings, numberBatches, type BatchWarning } from "@/lib/domain/batch-housekeeping";
import type { BatchDef } from "@/lib/domain/types";
import type { BatchForm } from "@/lib/schemas/staff-admin-schema";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { expireCatalog } from "@/lib/server/catalog/expire-catalog";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { checkBatchCalendar, hasErrors } from "./batch-rules";

export type { BatchWarning } from "@/lib/domain/batch-housekeeping";

export interface AdminBatchDto extends BatchDef {
  id: string;
  published: boolean;
  applications: number;
  /** The buttons the page shows (lib/domain/abilities.ts `batchAbilities`, the rules the use cases apply). */
  can: ReturnType<typeof batchAbilities>;
}

async function load(where: { year?: number; id?: string }): Promise<AdminBatchDto[]> {
  const rows = await db.batch.findMany({
    where,
    // In the order of the exams (ADR 084): numbers follow them too, except published ones, which never move.
    orderBy: [{ year: "asc" }, { examDate: "asc" }, { seq: "asc" }],
    select: { ...batchSelect, published: true, plans: { select: { _count: { select: { applications: true } } } } },
  });
  return rows.map((r) => {
    const applications = r.plans.reduce((n, p) => n + p._count.applications, 0);
    return { ...toBatchDef(r), published: r.published, applications, can: batchAbilities(r.published, applications) };
  });
}

/** 三: one year's batches, drafts included (only staff see unpublished ones), each with what it must be warned about. */
export async function listAdminBatches(actor: Actor, year: number): Promise<(AdminBatchDto & { warnings: BatchWarning[] })[]> {
  assertStaffRole(actor, "ADMIN");
  const [batches, calendar] = await Promise.all([load({ year }), loadWorkingDayCalendar()]);
  return batches.map((b) => ({
    ...b,
    warnings: [
      ...checkBatchCalendar(b).warnings.map((key) => ({ key, values: {} })),
      ...batchWarnings(
        b,
        batches.filter((o) => o.id !== b.id),
        calendar,
      ),
    ],
  }));
}

export async function getAdminBatch(actor: Actor, id: string): Promise<AdminBatchDto> {
  assertStaffRole(actor, "ADMIN");
  const [row] = isUuid(id) ? await load({ id }) : [];
  if (!row) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
  return row;
}

function toDef(input: BatchForm): Omit<BatchDef, "seq"> {
  return {
    year: input.year,
    registration: { start: input.registrationStart, end: input.registrationEnd },
    review: { start: input.reviewStart, end: input.reviewEnd },
    payment: { start: input.paymentStart, end: input.paymentEnd },
    ticket: { start: input.ticketStart, end: input.ticketEnd },
    examDate: input.examDate,
  };
}

export type SaveBatchResult =
  /** Saved; `seq` is its number after the drafts were renumbered. */
  | { saved: true; id: string; seq: number; warnings: BatchWarning[] }
  /** Not saved: the administrator must read the warnings and submit again with `confirm`. */
  | { saved: false; id: string | null; seq: null; warnings: BatchWarning[] };

/**
 * Drafts are numbered by exam date, published batches keep theirs (lib/domain/batch-housekeeping,
 * ADR 084). Two passes because of the unique (year, seq): first out of the way, then in place.
 */
async function renumberDrafts(tx: Tx, year: number): Promise<void> {
  const rows = await tx.batch.findMany({
    where: { year },
    select: { id: true, seq: true, published: true, examDate: true, registrationStart: true },
  });
  const numbers = numberBatches(
    rows.map((r) => ({ ...r, examDate: toIsoDate(r.examDate), registrationStart: toIsoDate(r.registrationStart) })),
  );
  const moving = rows.filter((r) => numbers.get(r.id) !== r.seq);
  for (const [i, r] of moving.entries())
    await tx.batch.update({ where: { id: r.id }, data: { seq: -1 - i }, select: { id: true } });
  for (const r of moving) await tx.batch.update({ where: { id: r.id }, data: { seq: numbers.get(r.id) }, select: { id: true } });
}

/**
 * Creates a draft batch or edits one. A batch people have applied to keeps its dates: moving
 * windows under existing applications would change their deadlines. A batch that raises warnings
 * (holiday exam, duplicate or overlapping batch, a year whose holidays are not known) is saved
 * only when the administrator confirms them (`confirm`, a second submit, issue 17 item 6).
 */
export async function saveBatch(
  actor: Actor,
  input: BatchForm,
  id: string | null,
  options: { confirm?: boolean } = {},
): Promise<SaveBatchResult> {
  assertStaffRole(actor, "ADMIN");
  const def = toDef(input);
  const check = checkBatchCalendar(def);
  if (hasErrors(check)) throw new AppError("INVALID", "staffAdmin.calendar.errors.invalid", check.errors);
  const { year: _year, ...days } = input;
  const dates = Object.fromEntries(Object.entries(days).map(([k, v]) => [k, fromIsoDate(v)])) as Record<keyof typeof days, Date>;
  const calendar = await loadWorkingDayCalendar();
  const result = await db.$transaction(async (tx): Promise<SaveBatchResult> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('batch-calendar'))`;
    if (id !== null && !isUuid(id)) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
    const existing =
      id === null
        ? null
        : await tx.batch.findUnique({
            where: { id },
            select: { ...batchSelect, plans: { select: { _count: { select: { applications: true } } } } },
          });
    if (id !== null) {
      if (!existing) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
      if (existing.year !== input.year)
        throw new AppError("INVALID", "staffAdmin.calendar.errors.yearFixed", { year: ["staffAdmin.calendar.errors.yearFixed"] });
      if (existing.plans.some((p) => p._count.applications > 0))
        throw new AppError("CONFLICT", "staffAdmin.calendar.errors.hasApplications");
    }
    const others = await tx.batch.findMany({
      where: { year: input.year, ...(id === null ? {} : { id: { not: id } }) },
      select: batchSelect,
    });
    const warnings = [
      ...check.warnings.map((key) => ({ key, values: {} })),
      ...batchWarnings(def, others.map(toBatchDef), calendar),
    ];
    if (warnings.length > 0 && !options.confirm) return { saved: false, id, seq: null, warnings };
    const confirmed = warnings.length > 0 ? { confirmedWarnings: warnings.map((w) => w.key) } : {};

    if (existing === null) {
      const last = await tx.batch.findFirst({ where: { year: input.year }, orderBy: { seq: "desc" }, select: { seq: true } });
      const created = await tx.batch.create({
        data: { ...dates, year: input.year, seq: Math.max(last?.seq ?? 0, 0) + 1, published: false },
        select: { id: true },
      });
      await renumberDrafts(tx, input.year);
      const { seq } = await tx.batch.findUniqueOrThrow({ where: { id: created.id }, select: { seq: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "admin.batch.create",
        entity: "Batch",
        entityId: created.id,
        after: { ...input, seq, ...confirmed },
      });
      return { saved: true, id: created.id, seq, warnings };
    }
    await tx.batch.update({ where: { id: existing.id }, data: dates });
    await renumberDrafts(tx, input.year);
    const { seq } = await tx.batch.findUniqueOrThrow({ where: { id: existing.id }, select: { seq: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.batch.update",
      entity: "Batch",
      entityId: existing.id,
      before: { ...toBatchDef(existing) },
      after: { ...input, seq, ...confirmed },
    });
    return { saved: true, id: existing.id, seq, warnings };
  });
  // The public calendar's cached copy (ADR 088); a save waiting for confirmation changed nothing.
  if (result.saved) expireCatalog(CATALOG_TAGS.calendar);
  return result;
}

/**
 * A draft entered by mistake goes away (issue 17 item 6), and the year's drafts close ranks. A
 * published batch must be withdrawn first; a batch anything hangs on (applications, payments,
 * an institution's roster or documents) stays.
 */
export async function deleteDraftBatch(actor: Actor, id: string): Promise<{ year: number }> {
  assertStaffRole(actor, "ADMIN");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
  const deleted = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('batch-calendar'))`;
    const batch = await tx.batch.findUnique({ where: { id }, select: { ...batchSelect, published: true } });
    if (!batch) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
    if (batch.published) throw new AppError("CONFLICT", "batchHousekeeping.errors.publishedCannotBeDeleted");
    const planIds = (await tx.plan.findMany({ where: { batchId: id }, select: { id: true } })).map((p) => p.id);
    const [applications, payments, rosters, documents] = await Promise.all([
      tx.application.count({ where: { planId: { in: planIds } } }),
      tx.payment.count({ where: { planId: { in: planIds } } }),
      tx.rosterUpload.count({ where: { batchId: id } }),
      tx.institutionDocument.count({ where: { batchId: id } }),
    ]);
    if (applications + payments + rosters + documents > 0) throw new AppError("CONFLICT", "batchHousekeeping.errors.inUse");
    await tx.plan.deleteMany({ where: { batchId: id } });
    await tx.batch.delete({ where: { id }, select: { id: true } });
    await renumberDrafts(tx, batch.year);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.batch.delete",
      entity: "Batch",
      entityId: id,
      before: { ...toBatchDef(batch) },
      subject: { batch: { year: batch.year, seq: batch.seq } },
    });
    return { year: batch.year };
  });
  // A draft is not on the public calendar, but renumbering moved other drafts; cheap to be sure (ADR 088).
  expireCatalog(CATALOG_TAGS.calendar);
  return deleted;
}

/** Publishing shows the batch to candidates; withdrawing is only possible before anyone applied. */
export async function setBatchPublished(actor: Actor, id: string, published: boolean): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const batch = await getAdminBatch(actor, id);
  if (batch.published === published) return;
  if (!published && !batch.can.canUnpublish) throw new AppError("CONFLICT", "staffAdmin.calendar.errors.hasApplications");
  await db.$transaction(async (tx) => {
    // The number stays as it is: publishing freezes it, and a withdrawn batch keeps the one people
    // may have seen until the year's drafts next change (created, edited, deleted: ADR 084).
    await tx.batch.update({ where: { id }, data: { published } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: published ? "admin.batch.publish" : "admin.batch.unpublish",
      entity: "Batch",
      entityId: id,
      after: { year: batch.year, seq: batch.seq },
    });
  });
  expireCatalog(CATALOG_TAGS.calendar);
}
