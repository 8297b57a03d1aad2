import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { formatSession } from "@/lib/domain/exam-session";
import type { ExamSessionInput } from "@/lib/schemas/exam-session-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { lockAndLoadPlan } from "@/lib/server/plans/load-plan";
import { now } from "@/lib/clock";

export interface ExamSessionDto {
  id: string;
  roomId: string | null;
  /** "考点 考场", null for every room of the plan. */
  room: string | null;
  startTime: string;
  endTime: string;
}

/** 七: the plan's sessions, the plan-wide one first. */
export async function listExamSessions(client: Tx | typeof db, planId: string): Promise<ExamSessionDto[]> {
  const rows = await client.examSession.findMany({
    where: { planId },
    orderBy: [{ startTime: "asc" }],
    select: {
      id: true,
      roomId: true,
      startTime: true,
      endTime: true,
      room: { select: { name: true, site: { select: { name: true } } } },
    },
  });
  return rows
    .map((r) => ({ ...r, room: r.room ? `${r.room.site.name} ${r.room.name}` : null }))
    .sort((a, b) => Number(a.roomId !== null) - Number(b.roomId !== null));
}

/**
 * 七: the exam officer sets when the plan's candidates sit (for every room, or for one room):
 * the ticket, the sign-in sheet and the candidate's page show it. Setting it again replaces it.
 * Under the plan's lock, so the (plan, room) pair stays one row even for the plan-wide null room.
 */
export async function setExamSession(actor: Actor, planId: string, input: ExamSessionInput): Promise<ExamSessionDto> {
  assertStaffRole(actor, "EXAM_OFFICER");
  return db.$transaction(async (tx) => {
    const plan = await lockAndLoadPlan(tx, planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "staffExam.errors.planNotOpen");
    if (input.roomId) {
      const room = await tx.room.count({ where: { id: input.roomId } });
      if (room === 0)
        throw new AppError("NOT_FOUND", "staffExam.errors.roomNotFound", { roomId: ["staffExam.errors.roomNotFound"] });
    }
    const existing = await tx.examSession.findFirst({
      where: { planId, roomId: input.roomId },
      select: { id: true, startTime: true, endTime: true },
    });
    const data = { startTime: input.startTime, endTime: input.endTime, updatedAt: now() };
    const saved = existing
      ? await tx.examSession.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.examSession.create({ data: { planId, roomId: input.roomId, ...data }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plan.session",
      entity: "Plan",
      entityId: planId,
      before: existing ? { roomId: input.roomId, time: formatSession(existing) } : null,
      after: { roomId: input.roomId, time: formatSession(input) },
    });
    return (await listExamSessions(tx, planId)).find((s) => s.id === saved.id)!;
  });
}

/** The officer's view of a plan's sessions (the plan page). */
export async function getExamSessions(actor: Actor, planId: string): Promise<ExamSessionDto[]> {
  assertStaffRole(actor, "EXAM_OFFICER");
  return listExamSessions(db, planId);
}
