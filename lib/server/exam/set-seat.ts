import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { seatSettable } from "@/lib/domain/abilities";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { checkSeatChoice } from "@/lib/domain/seat-assignment";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { lockAndLoadPlan } from "@/lib/server/plans/load-plan";
import { loadRoomsForDay } from "./seat-occupancy";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

/** A seat changed by hand (a candidate who needs the seat by the door, a broken computer). */
export async function setSeat(actor: Actor, input: { applicationId: string; roomId: string; seat: number }): Promise<void> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(input.applicationId)) throw new AppError("NOT_FOUND", "staffExam.errors.applicationNotFound");
  if (!isUuid(input.roomId)) throw new AppError("NOT_FOUND", "staffExam.errors.roomNotFound");
  await db.$transaction(async (tx) => {
    const found = await tx.application.findUnique({ where: { id: input.applicationId }, select: { planId: true } });
    if (!found) throw new AppError("NOT_FOUND", "staffExam.errors.applicationNotFound");
    const plan = await lockAndLoadPlan(tx, found.planId);
    if (plan.status !== "HELD") throw new AppError("CONFLICT", "staffExam.errors.planNotHeld");
    const app = await tx.application.findUnique({
      where: { id: input.applicationId },
      select: { status: true, ticketNumber: true, roomId: true, seat: true },
    });
    // The rule the plan page showed as `canSetSeat` (lib/domain/abilities.ts).
    if (!app || !seatSettable(plan.status, app.status, app.ticketNumber))
      throw new AppError("CONFLICT", "staffExam.errors.noTicket");
    const room = await tx.room.findUnique({
      where: { id: input.roomId },
      select: { id: true, name: true, capacity: true, site: { select: { name: true } } },
    });
    if (!room) throw new AppError("NOT_FOUND", "staffExam.errors.roomNotFound", { roomId: ["staffExam.errors.roomNotFound"] });
    const [dayRoom] = await loadRoomsForDay(tx, [room], plan.batch.examDate, [input.applicationId]);
    const check = checkSeatChoice(dayRoom!, input.seat);
    if (!check.ok) {
      const key = check.error === "seat-taken" ? "staffExam.errors.seatTaken" : "staffExam.errors.seatOutOfRange";
      throw new AppError("CONFLICT", key, { seat: [key] });
    }
    await tx.application.update({
      where: { id: input.applicationId },
      data: { roomId: room.id, seat: input.seat },
      select: { id: true },
    });
    await notifyApplicant(
      tx,
      input.applicationId,
      inboxMessage("seatChanged", { project: plan.project.name, site: room.site.name, room: room.name, seat: input.seat }),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "seats.set",
      entity: "Application",
      entityId: input.applicationId,
      before: { roomId: app.roomId, seat: app.seat },
      after: { roomId: room.id, seat: input.seat },
    });
  });
}
