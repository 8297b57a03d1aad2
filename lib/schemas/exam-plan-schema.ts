import { z } from "zod";

/** 四: holding, cancelling or merging a plan. A reason is required where candidates are told one. */
export const holdPlanSchema = z.object({
  reason: z.string().trim().max(200, "errors.tooLong").default(""),
});

export const cancelPlanSchema = z.object({
  reason: z
    .string({ error: "staffExam.errors.reasonRequired" })
    .trim()
    .min(2, "staffExam.errors.reasonRequired")
    .max(200, "errors.tooLong"),
});

export const movePlanSchema = cancelPlanSchema.extend({
  targetBatchId: z.string({ error: "staffExam.errors.targetInvalid" }).uuid("staffExam.errors.targetInvalid"),
});

/** Seats: the automatic run (a site's rooms in order) or one seat set by hand. */
export const assignSeatsSchema = z.object({
  siteId: z.string({ error: "staffExam.errors.siteNotFound" }).uuid("staffExam.errors.siteNotFound"),
  reset: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const setSeatSchema = z.object({
  applicationId: z.string().uuid("staffExam.errors.applicationNotFound"),
  roomId: z.string({ error: "staffExam.errors.roomNotFound" }).uuid("staffExam.errors.roomNotFound"),
  seat: z.coerce
    .number({ error: "staffExam.errors.seatOutOfRange" })
    .int("staffExam.errors.seatOutOfRange")
    .min(1, "staffExam.errors.seatOutOfRange"),
});
