import "server-only";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import { addDays } from "@/lib/domain/iso-date";
import { formatBeijingIso } from "@/lib/i18n/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditQuery } from "@/lib/schemas/staff-audit-schema";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import type { AuditSubject } from "./audit-subject";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRowDto {
  id: string;
  /** Beijing time, `YYYY-MM-DD HH:mm`. */
  at: string;
  actor: { login: string; displayName: string } | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  /** Who and what, stored with the row (ADR 085); null for rows written before it or about other things. */
  subject: AuditSubject | null;
}

/** A Beijing day's start as an instant (UTC+8, no daylight saving). */
function beijingMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * Issue 11: readable by the AUDITOR role only, not by administrators, whose own actions it
 * records (separation of duties, ADR 060).
 * Issue 5: the audit log searched by action (prefix, e.g. `review.`), actor (login or name),
 * entity, and Beijing days, newest first. ID numbers were masked when the rows were written.
 */
export async function searchAudit(
  actor: Actor,
  query: AuditQuery,
): Promise<{ rows: AuditRowDto[]; total: number; page: number; pageSize: number }> {
  assertStaffRole(actor, "AUDITOR");
  const actors = query.actor
    ? await db.user.findMany({
        where: { OR: [{ login: { contains: query.actor, mode: "insensitive" } }, { displayName: { contains: query.actor } }] },
        select: { id: true },
        take: 200,
      })
    : null;
  const where: Prisma.AuditLogWhereInput = {
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(actors ? { actorId: { in: actors.map((a) => a.id) } } : {}),
    ...(query.from || query.to
      ? {
          at: {
            ...(query.from ? { gte: beijingMidnight(query.from) } : {}),
            ...(query.to ? { lt: beijingMidnight(addDays(query.to, 1)) } : {}),
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: (query.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))] } },
    select: { id: true, login: true, displayName: true },
  });
  // A candidate's login is their ID number: shown masked like everything else in the log.
  const userOf = new Map(
    users.map((u) => [
      u.id,
      { login: /^\d{17}[\dX]$/.test(u.login) ? maskIdNumber(u.login) : u.login, displayName: u.displayName },
    ]),
  );
  return {
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: formatBeijingIso(r.at),
      actor: r.actorId ? (userOf.get(r.actorId) ?? null) : null,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before === null ? null : JSON.stringify(r.before),
      after: r.after === null ? null : JSON.stringify(r.after),
      subject: (r.subject as AuditSubject | null) ?? null,
    })),
    total,
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
