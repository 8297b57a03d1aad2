import { z } from "zod";

/** 七 考点与考场: the exam officer's site and room forms (ADR 021). */
export const siteSchema = z.object({
  name: z.string({ error: "errors.required" }).trim().min(2, "errors.required").max(60, "errors.tooLong"),
  address: z.string({ error: "errors.required" }).trim().min(5, "staffExam.errors.addressShort").max(120, "errors.tooLong"),
});

export const roomSchema = z.object({
  siteId: z.string().uuid("staffExam.errors.siteNotFound"),
  name: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(40, "errors.tooLong"),
  // A computer room: a few dozen seats; 500 rules out a typing slip such as 3000.
  capacity: z.coerce
    .number({ error: "staffExam.errors.capacity" })
    .int("staffExam.errors.capacity")
    .min(1, "staffExam.errors.capacity")
    .max(500, "staffExam.errors.capacity"),
});

export type SiteInput = z.infer<typeof siteSchema>;
export type RoomInput = z.infer<typeof roomSchema>;
