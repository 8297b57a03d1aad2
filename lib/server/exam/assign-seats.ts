import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { assignSeats } from "@/lib/domain/seat-assignment";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { keyedEvent, notifyEvent } from "@/lib/server/notifications/notify";
import { lockAndLoadPlan } from "@/lib/server/plans/load-plan";
import { sortRoomsByName } from "./list-sites";
import { loadRoomsForDay } from "./seat-occupancy";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

/**
 * Seats for a held plan in one site's rooms (lib/domain/seat-assignment: rooms by name, seats
 * 1..capacity, ticket-number order). Without `reset` only candidates without a seat are placed,
 * so seats set by hand stay; with it the plan's seats are given again from scratch.
 */
export async function autoAssignSeats(
  actor: Actor,
  planId: string,
  input: { siteId: string; reset: boolean },
): Promise<{ assigned: number }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(input.siteId)) throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (plan.status !== "HELD") throw new AppError("CONFLICT", "staffExam.errors.planNotHeld");
    const site = await tx.examSite.findUnique({
      where: { id: input.siteId },
      select: { name: true, rooms: { select: { id: true, name: true, capacity: true } } },
    });
    if (!site) throw new AppError("NOT_FOUND", "staffExam.errors.siteNotFound");
    const rooms = sortRoomsByName(site.rooms);
    if (input.reset) await tx.application.updateMany({ where: { planId }, data: { roomId: null, seat: null } });
    const candidates = await tx.application.findMany({
      where: { planId, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null }, roomId: null },
      select: { id: true, ticketNumber: true },
    });
    const dayRooms = await loadRoomsForDay(tx, rooms, plan.batch.examDate);
    const result = assignSeats(
      candidates.map((c) => ({ applicationId: c.id, ticketNumber: c.ticketNumber! })),
      dayRooms,
    );
    if (!result.ok)
      throw new AppError("CONFLICT", {
        key: "staffExam.errors.capacityShort",
        params: { needed: result.needed, available: result.available },
      });
    const names = new Map(rooms.map((r) => [r.id, r.name]));
    const placeOf = new Map<string, { site: string; room: string; seat: number }>();
    for (const a of result.assignments) {
      await tx.application.update({
        where: { id: a.applicationId },
        data: { roomId: a.roomId, seat: a.seat },
        select: { id: true },
      });
      placeOf.set(a.applicationId, { site: site.name, room: names.get(a.roomId) ?? "", seat: a.seat });
    }
    // One message per candidate who applied in person, one per institution with its candidates' seats (issue 13 item 9).
    await notifyEvent(
      tx,
      [...placeOf.keys()],
      keyedEvent({
        eventKey: `seats:${planId}:${crypto.randomUUID()}`,
        candidate: "seatsAssigned",
        paramsFor: (id) => ({ project: plan.project.name, site: "", room: "", seat: "", ...placeOf.get(id) }),
        lineFor: (id) => ({ key: "inbox.digest.seat", params: { site: "", room: "", seat: "", ...placeOf.get(id) } }),
        institution: "seatsAssignedInstitution",
        institutionParams: (list, count) => ({ project: plan.project.name, count, list }),
      }),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "seats.assign",
      entity: "Plan",
      entityId: planId,
      after: { siteId: input.siteId, reset: input.reset, assigned: result.assignments.length },
    });
    return { assigned: result.assignments.length };
  });
}
