import { db } from "@/lib/db";

/** 七: the session the officer sets (plan-wide unless a room is given), as the plan page would. */
export async function givePlanSession(planId: string, times: { start?: string; end?: string; roomId?: string } = {}) {
  await db.examSession.create({
    data: {
      planId,
      roomId: times.roomId ?? null,
      startTime: times.start ?? "09:00",
      endTime: times.end ?? "11:00",
      updatedAt: new Date(),
    },
  });
}

/** The plan-wide session of the plan of an application. */
export async function giveSessionToPlanOf(applicationId: string, times: { start?: string; end?: string } = {}) {
  const { planId } = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { planId: true } });
  if ((await db.examSession.count({ where: { planId, roomId: null } })) === 0) await givePlanSession(planId, times);
}
