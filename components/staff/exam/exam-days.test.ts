import { describe, expect, it } from "vitest";
import type { ExamPlanDto } from "@/lib/server/exam/list-exam-plans";
import { groupExamDays } from "./exam-days";

const batch4 = { id: "b4", year: 2025, seq: 4, examDate: "2025-05-24" };
const batch5 = { id: "b5", year: 2025, seq: 5, examDate: "2025-06-21" };

function plan(id: string, batch: ExamPlanDto["batch"], rooms: ExamPlanDto["rooms"]): ExamPlanDto {
  return {
    id,
    batch,
    project: { seq: 1, name: id },
    ticketed: rooms.reduce((n, r) => n + r.count, 0),
    unseated: 0,
    checkedIn: 0,
    rooms,
  };
}

describe("groupExamDays: one sign-in sheet per room and exam day (七, ADR 048)", () => {
  it("merges the rooms that several projects of a batch share, and keeps batches apart", () => {
    const days = groupExamDays([
      plan("p1", batch4, [
        { id: "r10", label: "省直考点 第10考场", count: 3 },
        { id: "r2", label: "省直考点 第2考场", count: 40 },
      ]),
      plan("p2", batch4, [{ id: "r10", label: "省直考点 第10考场", count: 5 }]),
      plan("p3", batch5, [{ id: "r10", label: "省直考点 第10考场", count: 7 }]),
    ]);
    expect(days.map((d) => [d.batch.id, d.plans.map((p) => p.id)])).toEqual([
      ["b4", ["p1", "p2"]],
      ["b5", ["p3"]],
    ]);
    expect(days[0]!.rooms).toEqual([
      { id: "r2", label: "省直考点 第2考场", count: 40, projects: 1 },
      { id: "r10", label: "省直考点 第10考场", count: 8, projects: 2 },
    ]);
    expect(days[1]!.rooms).toEqual([{ id: "r10", label: "省直考点 第10考场", count: 7, projects: 1 }]);
  });

  it("a batch whose candidates have no seat yet has no sheet", () => {
    expect(groupExamDays([plan("p1", batch4, [])])[0]!.rooms).toEqual([]);
  });
});
