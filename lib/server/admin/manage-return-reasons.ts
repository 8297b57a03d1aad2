import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { RETURN_REASON_KEYS, type ReturnReasonKey } from "@/lib/schemas/staff-review-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

export interface ReturnReasonDto {
  id: string;
  field: ReturnReasonKey;
  textZh: string;
  textEn: string;
  active: boolean;
  order: number;
}

const text = (max: number) =>
  z.string({ error: "staffWork.reasons.errors.text" }).trim().min(2, "staffWork.reasons.errors.text").max(max, "errors.tooLong");

/** What the administrator types: the text the candidate reads (Chinese), its English, the field it belongs to. */
export const returnReasonSchema = z.object({
  field: z.enum(RETURN_REASON_KEYS, { error: "staffWork.reasons.errors.field" }),
  textZh: text(120),
  textEn: text(240),
  order: z.coerce.number({ error: "staffWork.reasons.errors.order" }).int("staffWork.reasons.errors.order").min(0).max(999),
  active: z.boolean(),
});
export type ReturnReasonInput = z.infer<typeof returnReasonSchema>;

const select = { id: true, field: true, textZh: true, textEn: true, active: true, order: true } as const;
const toDto = (row: { field: string } & Omit<ReturnReasonDto, "field">): ReturnReasonDto => ({
  ...row,
  field: row.field as ReturnReasonKey,
});
const fieldOrder = (field: string) => RETURN_REASON_KEYS.indexOf(field as ReturnReasonKey);
const sorted = (rows: ReturnReasonDto[]) =>
  rows.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.order - b.order || a.textZh.localeCompare(b.textZh));

/** The administrator's list (ADR 112), active and not, in the review screen's field order. */
export async function listReturnReasons(actor: Actor): Promise<ReturnReasonDto[]> {
  assertStaffRole(actor, "ADMIN");
  return sorted((await db.returnReason.findMany({ select })).map(toDto));
}

/** The reviewer's choices: active reasons only. */
export async function listActiveReturnReasons(actor: Actor): Promise<ReturnReasonDto[]> {
  assertStaffRole(actor, "REVIEWER");
  return sorted((await db.returnReason.findMany({ where: { active: true }, select })).map(toDto));
}

/**
 * Adds a reason (id null) or changes one; deactivating is `active: false` (a reason is never
 * deleted: returns already sent keep their text, which was copied). Audited with before and after.
 */
export async function saveReturnReason(actor: Actor, id: string | null, input: ReturnReasonInput): Promise<ReturnReasonDto> {
  assertStaffRole(actor, "ADMIN");
  const data = returnReasonSchema.parse(input);
  return db.$transaction(async (tx) => {
    if (id === null) {
      const created = await tx.returnReason.create({ data, select });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "admin.returnReason.create",
        entity: "ReturnReason",
        entityId: created.id,
        after: data,
      });
      return toDto(created);
    }
    if (!isUuid(id)) throw new AppError("NOT_FOUND", "staffWork.reasons.errors.notFound");
    const before = await tx.returnReason.findUnique({ where: { id }, select });
    if (!before) throw new AppError("NOT_FOUND", "staffWork.reasons.errors.notFound");
    const after = await tx.returnReason.update({ where: { id }, data, select });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.returnReason.update",
      entity: "ReturnReason",
      entityId: id,
      before: { ...before },
      after: data,
    });
    return toDto(after);
  });
}

/**
 * The return's text per field: the picked ready-made reasons (their Chinese text, which the
 * candidate reads) then the reviewer's own words, joined with "；". A picked reason must be active
 * and belong to that field; anything else is refused rather than silently dropped.
 */
export async function composeReturnReasons(
  actor: Actor,
  picked: Partial<Record<ReturnReasonKey, string[]>>,
  free: Partial<Record<ReturnReasonKey, string>>,
): Promise<Partial<Record<ReturnReasonKey, string>>> {
  assertStaffRole(actor, "REVIEWER");
  const ids = Object.values(picked).flat();
  if (ids.some((id) => !isUuid(id))) throw new AppError("INVALID", "staffWork.reasons.errors.gone");
  const rows = ids.length ? await db.returnReason.findMany({ where: { id: { in: ids }, active: true }, select }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Partial<Record<ReturnReasonKey, string>> = {};
  for (const key of RETURN_REASON_KEYS) {
    const texts: string[] = [];
    for (const id of picked[key] ?? []) {
      const row = byId.get(id);
      if (!row || row.field !== key) throw new AppError("INVALID", "staffWork.reasons.errors.gone");
      texts.push(row.textZh);
    }
    const own = free[key]?.trim();
    if (own) texts.push(own);
    if (texts.length) out[key] = texts.join("；");
  }
  return out;
}
