import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";

export interface ExamPlanDto {
  id: string;
  batch: { id: string; year: number; seq: number; examDate: IsoDate };
  project: { seq: number; name: string };
  ticketed: number;
  unseated: number;
  checkedIn: number;
  rooms: { id: string; label: string; count: number }[];
}

/** 六 七: held plans from `from` on, with tickets, seats, check-ins and the rooms for sign-in sheets. */
export async function listExamPlans(actor: Actor, from: IsoDate): Promise<ExamPlanDto[]> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const plans = await db.plan.findMany({
    where: { status: "HELD", batch: { examDate: { gte: new Date(`${from}T00:00:00Z`) } } },
    orderBy: [{ batch: { examDate: "asc" } }, { project: { seq: "asc" } }],
    select: {
      id: true,
      batch: { select: { id: true, year: true, seq: true, examDate: true } },
      project: { select: { seq: true, name: true } },
      applications: {
        where: { status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
        select: { roomId: true, checkedInAt: true, room: { select: { name: true, site: { select: { name: true } } } } },
      },
    },
  });
  return plans.map((p) => {
    const rooms = new Map<string, { id: string; label: string; count: number }>();
    for (const a of p.applications) {
      if (!a.roomId || !a.room) continue;
      const entry = rooms.get(a.roomId) ?? { id: a.roomId, label: `${a.room.site.name} ${a.room.name}`, count: 0 };
      entry.count++;
      rooms.set(a.roomId, entry);
    }
    return {
      id: p.id,
      batch: { ...p.batch, examDate: toIsoDate(p.batch.examDate) },
      project: p.project,
      ticketed: p.applications.length,
      unseated: p.applications.filter((a) => !a.roomId).length,
      checkedIn: p.applications.filter((a) => a.checkedInAt).length,
      rooms: [...rooms.values()].sort((a, b) => a.label.localeCompare(b.label, "zh-CN", { numeric: true })),
    };
  });
}
