import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { examSessionSchema } from "@/lib/schemas/exam-session-schema";
import { getExamSessions, setExamSession } from "@/lib/server/exam/set-exam-session";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createBatch, createPlan, createSite, officer, reviewer } from "./factories";

beforeAll(ensureCatalog);

describe("七 考核场次: the officer sets the plan's exam time (issue 12 item 5)", () => {
  it("[考务] sets the plan-wide time, replaces it on a second save, adds a room's own time, audited", async () => {
    const plan = await createPlan(await createBatch("2032-05-15"), 6);
    const { roomIds } = await createSite([{ name: "201", capacity: 30 }]);
    const actor = await officer();
    expect(await setExamSession(actor, plan, { startTime: "09:00", endTime: "11:00", roomId: null })).toMatchObject({
      roomId: null,
      room: null,
      startTime: "09:00",
      endTime: "11:00",
    });
    await setExamSession(actor, plan, { startTime: "09:30", endTime: "11:30", roomId: null });
    await setExamSession(actor, plan, { startTime: "14:00", endTime: "16:00", roomId: roomIds[0]! });
    const sessions = await getExamSessions(actor, plan);
    expect(sessions.map((s) => [s.roomId === null, s.startTime, s.endTime])).toEqual([
      [true, "09:30", "11:30"],
      [false, "14:00", "16:00"],
    ]);
    expect(sessions[1]!.room).toMatch(/ 201$/);
    expect(await db.auditLog.count({ where: { action: "plan.session", entityId: plan } })).toBe(3);
  });

  it("refuses everyone but the exam officer, and an unknown room", async () => {
    const plan = await createPlan(await createBatch("2032-05-22"), 7);
    await expect(
      setExamSession(await reviewer(), plan, { startTime: "09:00", endTime: "11:00", roomId: null }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      setExamSession(await officer(), plan, { startTime: "09:00", endTime: "11:00", roomId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.examSession.count({ where: { planId: plan } })).toBe(0);
  });

  it("the form's schema refuses a bad time and an end before the start, with what to do", () => {
    expect(examSessionSchema.safeParse({ startTime: "9:00", endTime: "11:00", roomId: "" }).error?.issues[0]?.message).toBe(
      "examDay.errors.timeFormat",
    );
    expect(examSessionSchema.safeParse({ startTime: "11:00", endTime: "09:00", roomId: "" }).error?.issues[0]?.message).toBe(
      "examDay.errors.endBeforeStart",
    );
    expect(examSessionSchema.safeParse({ startTime: "09:00", endTime: "11:00", roomId: "" }).data).toEqual({
      startTime: "09:00",
      endTime: "11:00",
      roomId: null,
    });
  });

  it("the database refuses a session that ends before it starts", async () => {
    const plan = await createPlan(await createBatch("2032-05-29"), 8);
    await expect(
      db.examSession.create({ data: { planId: plan, startTime: "11:00", endTime: "09:00", updatedAt: new Date() } }),
    ).rejects.toThrow();
  });
});
