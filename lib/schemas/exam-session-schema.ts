import { z } from "zod";
import { isClockTime } from "@/lib/domain/exam-session";

/** 七: the officer sets a plan's exam time, for every room or for one room. */
export const examSessionSchema = z
  .object({
    startTime: z.string({ error: "examDay.errors.timeFormat" }).trim().refine(isClockTime, "examDay.errors.timeFormat"),
    endTime: z.string({ error: "examDay.errors.timeFormat" }).trim().refine(isClockTime, "examDay.errors.timeFormat"),
    roomId: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.string().uuid("staffExam.errors.roomNotFound").nullable(),
    ),
  })
  .refine((v) => v.startTime < v.endTime, { path: ["endTime"], message: "examDay.errors.endBeforeStart" });

export type ExamSessionInput = z.infer<typeof examSessionSchema>;
