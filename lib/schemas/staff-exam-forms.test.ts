import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  cancelPlanFormSchema,
  checkInConfirmSchema,
  checkInLookupSchema,
  chosenFile,
  deleteSiteOrRoomSchema,
  examSessionFormSchema,
  holdPlanFormSchema,
  importScoresSchema,
  publishNoticeSchema,
  roomFormSchema,
  siteFormSchema,
} from "./staff-exam-forms";

// ADR 133: the staff exam forms' schemas, checked in the browser before a post and by the unbound
// actions after it. The ids the forms carry in hidden inputs are checked like any other field.
const ID = "0d6b3a4e-8f1c-4b7a-9c2d-1e5f6a7b8c9d";
const OTHER = "5b1e2c3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

function errors(schema: z.ZodType, values: Record<string, unknown>) {
  const parsed = schema.safeParse(values);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("staff exam form schemas", () => {
  it("a plan's id travels with the decision and must be an id", () => {
    expect(holdPlanFormSchema.parse({ planId: ID, reason: " 试点 " })).toEqual({ planId: ID, reason: "试点" });
    expect(errors(holdPlanFormSchema, { planId: "", reason: "" })).toEqual({ planId: ["staffExam.errors.planNotFound"] });
    expect(errors(holdPlanFormSchema, { reason: "" })).toEqual({ planId: ["staffExam.errors.planNotFound"] });
  });

  it("a cancellation needs its confirm tick (from the form: 'on')", () => {
    expect(errors(cancelPlanFormSchema, { planId: ID, reason: "人数不足" })).toEqual({
      confirmed: ["staffExam.errors.cancelConfirmRequired"],
    });
    expect(cancelPlanFormSchema.parse({ planId: ID, reason: "人数不足", confirmed: "on" }).confirmed).toBe(true);
    // react-hook-form reads an unticked box as false, a ticked one as true
    expect(cancelPlanFormSchema.safeParse({ planId: ID, reason: "人数不足", confirmed: true }).success).toBe(true);
    expect(errors(cancelPlanFormSchema, { planId: ID, reason: "人数不足", confirmed: false })).toHaveProperty("confirmed");
  });

  it("the exam time keeps its own rule (end after start) beside the plan's id", () => {
    expect(errors(examSessionFormSchema, { planId: ID, startTime: "11:00", endTime: "09:00", roomId: "" })).toEqual({
      endTime: ["examDay.errors.endBeforeStart"],
    });
    expect(examSessionFormSchema.parse({ planId: ID, startTime: "09:00", endTime: "11:00", roomId: "" })).toEqual({
      planId: ID,
      startTime: "09:00",
      endTime: "11:00",
      roomId: null,
    });
  });

  it("a new site or room posts an empty id; an existing one its id", () => {
    expect(siteFormSchema.parse({ siteId: "", name: "省直考点", address: "成都市青羊区东二巷18号" }).siteId).toBeNull();
    expect(siteFormSchema.parse({ siteId: ID, name: "省直考点", address: "成都市青羊区东二巷18号" }).siteId).toBe(ID);
    expect(errors(siteFormSchema, { siteId: "x", name: "省直考点", address: "成都" })).toEqual({
      siteId: ["staffExam.errors.siteNotFound"],
      address: ["staffExam.errors.addressShort"],
    });
    expect(errors(roomFormSchema, { roomId: "", siteId: ID, name: "一号", capacity: "0" })).toEqual({
      capacity: ["staffExam.errors.capacity"],
    });
    expect(roomFormSchema.parse({ roomId: "", siteId: ID, name: "一号", capacity: "30" })).toMatchObject({
      roomId: null,
      capacity: 30,
    });
  });

  it("delete names a site or a room and its id", () => {
    expect(deleteSiteOrRoomSchema.parse({ kind: "room", id: ID })).toEqual({ kind: "room", id: ID });
    expect(errors(deleteSiteOrRoomSchema, { kind: "plan", id: ID })).toEqual({ kind: ["errors.generic"] });
  });

  it("the notice is published for one plan or one batch, never both or neither", () => {
    expect(publishNoticeSchema.parse({ planId: ID, batchId: "", confirm: "true" })).toEqual({
      planId: ID,
      batchId: undefined,
      confirm: true,
    });
    expect(publishNoticeSchema.parse({ batchId: OTHER }).confirm).toBe(false);
    expect(errors(publishNoticeSchema, { planId: ID, batchId: OTHER })).toEqual({ planId: ["staffExam.errors.planNotFound"] });
    expect(errors(publishNoticeSchema, { planId: "", batchId: "" })).toEqual({ planId: ["staffExam.errors.planNotFound"] });
  });

  it("a results sheet must be chosen: a File on the server, a FileList in the browser", () => {
    const file = new File(["准考证号,成绩\n"], "scores.csv", { type: "text/csv" });
    const empty = new File([], "scores.csv", { type: "text/csv" });
    expect(chosenFile(file)).toEqual({ size: file.size });
    expect(chosenFile([file])).toEqual({ size: file.size });
    expect(chosenFile([])).toBeNull();
    expect(chosenFile(empty)).toBeNull();
    expect(chosenFile("scores.csv")).toBeNull();
    expect(importScoresSchema.safeParse({ batchId: ID, file }).success).toBe(true);
    expect(errors(importScoresSchema, { batchId: ID, file: null })).toEqual({ file: ["staffExam.import.file.missing"] });
  });

  it("check-in: something to look up, then an application's id", () => {
    expect(errors(checkInLookupSchema, { code: "  " })).toEqual({ code: ["staffExam.checkIn.errors.format"] });
    expect(checkInLookupSchema.parse({ code: " 25050100019 " })).toEqual({ code: "25050100019" });
    expect(errors(checkInConfirmSchema, { applicationId: "" })).toEqual({
      applicationId: ["staffExam.errors.applicationNotFound"],
    });
  });
});
