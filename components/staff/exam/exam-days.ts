import type { ExamPlanDto } from "@/lib/server/exam/list-exam-plans";

export interface ExamDayRoom {
  id: string;
  label: string;
  /** Candidates seated in the room, all projects of the batch together. */
  count: number;
  projects: number;
}

export interface ExamDay {
  batch: ExamPlanDto["batch"];
  rooms: ExamDayRoom[];
  plans: ExamPlanDto[];
}

/**
 * The held plans by batch, each batch with the rooms its candidates sit in: one sign-in sheet
 * per room and exam day, whatever the project (ADR 048). Plans keep the order they came in.
 */
export function groupExamDays(plans: readonly ExamPlanDto[]): ExamDay[] {
  const days = new Map<string, ExamDay>();
  for (const plan of plans) {
    const day = days.get(plan.batch.id) ?? { batch: plan.batch, rooms: [], plans: [] };
    day.plans.push(plan);
    for (const room of plan.rooms) {
      const seen = day.rooms.find((r) => r.id === room.id);
      if (seen) {
        seen.count += room.count;
        seen.projects += 1;
      } else day.rooms.push({ id: room.id, label: room.label, count: room.count, projects: 1 });
    }
    days.set(plan.batch.id, day);
  }
  for (const day of days.values()) day.rooms.sort((a, b) => a.label.localeCompare(b.label, "zh-CN", { numeric: true }));
  return [...days.values()];
}
