import type { MessageKey } from "@/lib/i18n/message-key";
import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import type { BatchDef } from "@/lib/domain/types";
import type { BatchForm } from "@/lib/schemas/staff-admin-schema";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { checkBatchCalendar, hasErrors } from "./batch-rules";

export interface AdminBatchDto extends BatchDef {
  id: string;
  published: boolean;
  applications: number;
}

async function load(where: { year?: number; id?: string }): Promise<AdminBatchDto[]> {
  const rows = await db.batch.findMany({
    where,
    orderBy: [{ year: "asc" }, { seq: "asc" }],
    select: { ...batchSelect, published: true, plans: { select: { _count: { select: { applications: true } } } } },
  });
  return rows.map((r) => ({
    ...toBatchDef(r),
    published: r.published,
    applications: r.plans.reduce((n, p) => n + p._count.applications, 0),
  }));
}

/** 三: one year's batches, drafts included (only staff see unpublished ones). */
export async function listAdminBatches(actor: Actor, year: number): Promise<AdminBatchDto[]> {
  assertStaffRole(actor, "ADMIN");
  return load({ year });
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

/**
 * Creates a draft batch (next seq of its year) or edits one. A batch people have applied to
 * keeps its dates: moving windows under existing applications would change their deadlines.
 */
export async function saveBatch(
  actor: Actor,
  input: BatchForm,
  id: string | null,
): Promise<{ id: string; warnings: MessageKey[] }> {
  assertStaffRole(actor, "ADMIN");
  const check = checkBatchCalendar(toDef(input));
  if (hasErrors(check)) throw new AppError("INVALID", "staffAdmin.calendar.errors.invalid", check.errors);
  const { year: _year, ...days } = input;
  const dates = Object.fromEntries(Object.entries(days).map(([k, v]) => [k, fromIsoDate(v)])) as Record<keyof typeof days, Date>;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('batch-calendar'))`;
    if (id === null) {
      const last = await tx.batch.findFirst({ where: { year: input.year }, orderBy: { seq: "desc" }, select: { seq: true } });
      const created = await tx.batch.create({
        data: { ...dates, year: input.year, seq: (last?.seq ?? 0) + 1, published: false },
        select: { id: true, seq: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "admin.batch.create",
        entity: "Batch",
        entityId: created.id,
        after: { ...input, seq: created.seq },
      });
      return { id: created.id, warnings: check.warnings };
    }
    if (!isUuid(id)) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
    const existing = await tx.batch.findUnique({
      where: { id },
      select: { ...batchSelect, plans: { select: { _count: { select: { applications: true } } } } },
    });
    if (!existing) throw new AppError("NOT_FOUND", "staffAdmin.calendar.errors.notFound");
    if (existing.year !== input.year)
      throw new AppError("INVALID", "staffAdmin.calendar.errors.yearFixed", { year: ["staffAdmin.calendar.errors.yearFixed"] });
    if (existing.plans.some((p) => p._count.applications > 0))
      throw new AppError("CONFLICT", "staffAdmin.calendar.errors.hasApplications");
    await tx.batch.update({ where: { id }, data: dates });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.batch.update",
      entity: "Batch",
      entityId: id,
      before: { ...toBatchDef(existing) },
      after: { ...input },
    });
    return { id, warnings: check.warnings };
  });
}

/** Publishing shows the batch to candidates; withdrawing is only possible before anyone applied. */
export async function setBatchPublished(actor: Actor, id: string, published: boolean): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const batch = await getAdminBatch(actor, id);
  if (batch.published === published) return;
  if (!published && batch.applications > 0) throw new AppError("CONFLICT", "staffAdmin.calendar.errors.hasApplications");
  await db.$transaction(async (tx) => {
    await tx.batch.update({ where: { id }, data: { published } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: published ? "admin.batch.publish" : "admin.batch.unpublish",
      entity: "Batch",
      entityId: id,
      after: { year: batch.year, seq: batch.seq },
    });
  });
}
