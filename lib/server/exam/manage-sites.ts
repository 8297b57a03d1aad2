import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { RoomInput, SiteInput } from "@/lib/schemas/exam-site-schema";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit, type AuditEntry } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

export async function saveSite(actor: Actor, siteId: string | null, input: SiteInput): Promise<{ id: string }> {
  return saveNamed(actor, siteId, "staffExam.errors.siteNotFound", async (tx) => {
    if (siteId && !(await tx.examSite.findUnique({ where: { id: siteId }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
    }
    return writeAudited(
      tx,
      actor,
      { entity: "ExamSite", id: siteId, after: input },
      {
        update: (id) => tx.examSite.update({ where: { id }, data: input, select: { id: true } }),
        create: () => tx.examSite.create({ data: input, select: { id: true } }),
      },
    );
  });
}

export async function deleteSite(actor: Actor, siteId: string): Promise<void> {
  await deleteIfUnused(actor, {
    entity: "ExamSite",
    id: siteId,
    notFound: "staffExam.errors.siteNotFound",
    inUse: "staffExam.errors.siteHasRooms",
    load: async (tx) => {
      const site = await tx.examSite.findUnique({
        where: { id: siteId },
        select: { name: true, _count: { select: { rooms: true } } },
      });
      return site && { name: site.name, used: site._count.rooms > 0 };
    },
    remove: (tx) => tx.examSite.delete({ where: { id: siteId } }),
  });
}

export async function saveRoom(actor: Actor, roomId: string | null, input: RoomInput): Promise<{ id: string }> {
  return saveNamed(actor, roomId, "staffExam.errors.roomNotFound", async (tx) => {
    const site = await tx.examSite.findUnique({ where: { id: input.siteId }, select: { id: true } });
    if (!site) throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
    let before: { name: string; capacity: number } | null = null;
    if (roomId) {
      await tx.$queryRaw`SELECT id FROM "Room" WHERE id = ${roomId}::uuid FOR UPDATE`;
      before = await tx.room.findUnique({ where: { id: roomId }, select: { name: true, capacity: true } });
      if (!before) throw new AppError("NOT_FOUND", "staffExam.errors.roomNotFound");
      // Shrinking below a seat already given would leave someone sitting outside the room.
      const highest = await tx.application.aggregate({ where: { roomId }, _max: { seat: true } });
      if ((highest._max.seat ?? 0) > input.capacity) {
        throw new AppError("CONFLICT", "staffExam.errors.capacityBelowSeats", {
          capacity: ["staffExam.errors.capacityBelowSeats"],
        });
      }
    }
    return writeAudited(
      tx,
      actor,
      { entity: "Room", id: roomId, before, after: input },
      {
        update: (id) => tx.room.update({ where: { id }, data: input, select: { id: true } }),
        create: () => tx.room.create({ data: input, select: { id: true } }),
      },
    );
  });
}

/**
 * A site or room saved by the exam officer: a malformed id is NOT_FOUND, the work runs in one
 * transaction, and a name already taken (a site by name, a room within its site: unique
 * indexes) is a friendly CONFLICT on `name`.
 */
async function saveNamed(
  actor: Actor,
  id: string | null,
  notFound: MessageKey,
  work: (tx: Tx) => Promise<{ id: string }>,
): Promise<{ id: string }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (id !== null && !isUuid(id)) throw new AppError("NOT_FOUND", notFound);
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "staffExam.errors.nameTaken", { name: ["staffExam.errors.nameTaken"] });
    throw error;
  }
}

const AUDIT_NAME = { ExamSite: "site", Room: "room" } as const;

/** Updates the row with this id, or creates one without an id, and audits it (`site.update`, `room.create`, …). */
async function writeAudited(
  tx: Tx,
  actor: Actor,
  audit: { entity: "ExamSite" | "Room"; id: string | null; before?: AuditEntry["before"]; after: AuditEntry["after"] },
  write: { update: (id: string) => Promise<{ id: string }>; create: () => Promise<{ id: string }> },
): Promise<{ id: string }> {
  const saved = audit.id ? await write.update(audit.id) : await write.create();
  await recordAudit(tx, {
    actorId: actor.id,
    action: `${AUDIT_NAME[audit.entity]}.${audit.id ? "update" : "create"}`,
    entity: audit.entity,
    entityId: saved.id,
    ...(audit.before ? { before: audit.before } : {}),
    after: audit.after,
  });
  return { id: saved.id };
}

export async function deleteRoom(actor: Actor, roomId: string): Promise<void> {
  await deleteIfUnused(actor, {
    entity: "Room",
    id: roomId,
    notFound: "staffExam.errors.roomNotFound",
    inUse: "staffExam.errors.roomInUse",
    load: async (tx) => {
      const room = await tx.room.findUnique({
        where: { id: roomId },
        select: { name: true, _count: { select: { applications: true } } },
      });
      return room && { name: room.name, used: room._count.applications > 0 };
    },
    remove: (tx) => tx.room.delete({ where: { id: roomId } }),
  });
}

/**
 * A site or room is deleted only while nothing uses it (a site's rooms, a room's seated
 * candidates): NOT_FOUND, CONFLICT, or deleted and audited with its name, in one transaction.
 */
async function deleteIfUnused(
  actor: Actor,
  target: {
    entity: "ExamSite" | "Room";
    id: string;
    notFound: MessageKey;
    inUse: MessageKey;
    load: (tx: Tx) => Promise<{ name: string; used: boolean } | null>;
    remove: (tx: Tx) => Promise<unknown>;
  },
): Promise<void> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(target.id)) throw new AppError("NOT_FOUND", target.notFound);
  await db.$transaction(async (tx) => {
    const found = await target.load(tx);
    if (!found) throw new AppError("NOT_FOUND", target.notFound);
    if (found.used) throw new AppError("CONFLICT", target.inUse);
    await target.remove(tx);
    await recordAudit(tx, {
      actorId: actor.id,
      action: target.entity === "ExamSite" ? "site.delete" : "room.delete",
      entity: target.entity,
      entityId: target.id,
      before: { name: found.name },
    });
  });
}
