import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n/message-key";
import type { RoomInput, SiteInput } from "@/lib/schemas/exam-site-schema";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

/** Names are unique (a site by name, a room within its site): a second one is a friendly CONFLICT. */
async function unique<T>(work: () => Promise<T>, field: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "staffExam.errors.nameTaken", { [field]: ["staffExam.errors.nameTaken"] });
    throw error;
  }
}

export async function saveSite(actor: Actor, siteId: string | null, input: SiteInput): Promise<{ id: string }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (siteId !== null && !isUuid(siteId)) throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
  return unique(
    () =>
      db.$transaction(async (tx) => {
        if (siteId && !(await tx.examSite.findUnique({ where: { id: siteId }, select: { id: true } }))) {
          throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
        }
        const site = siteId
          ? await tx.examSite.update({ where: { id: siteId }, data: input, select: { id: true } })
          : await tx.examSite.create({ data: input, select: { id: true } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: siteId ? "site.update" : "site.create",
          entity: "ExamSite",
          entityId: site.id,
          after: input,
        });
        return site;
      }),
    "name",
  );
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
  assertStaffRole(actor, "EXAM_OFFICER");
  if (roomId !== null && !isUuid(roomId)) throw new AppError("NOT_FOUND", "staffExam.errors.roomNotFound");
  return unique(
    () =>
      db.$transaction(async (tx) => {
        const site = await tx.examSite.findUnique({ where: { id: input.siteId }, select: { id: true } });
        if (!site) throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
        if (roomId) {
          await tx.$queryRaw`SELECT id FROM "Room" WHERE id = ${roomId}::uuid FOR UPDATE`;
          const before = await tx.room.findUnique({ where: { id: roomId }, select: { name: true, capacity: true } });
          if (!before) throw new AppError("NOT_FOUND", "staffExam.errors.roomNotFound");
          // Shrinking below a seat already given would leave someone sitting outside the room.
          const highest = await tx.application.aggregate({ where: { roomId }, _max: { seat: true } });
          if ((highest._max.seat ?? 0) > input.capacity) {
            throw new AppError("CONFLICT", "staffExam.errors.capacityBelowSeats", {
              capacity: ["staffExam.errors.capacityBelowSeats"],
            });
          }
          await tx.room.update({ where: { id: roomId }, data: input, select: { id: true } });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "room.update",
            entity: "Room",
            entityId: roomId,
            before,
            after: input,
          });
          return { id: roomId };
        }
        const room = await tx.room.create({ data: input, select: { id: true } });
        await recordAudit(tx, { actorId: actor.id, action: "room.create", entity: "Room", entityId: room.id, after: input });
        return room;
      }),
    "name",
  );
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
