import { z } from "zod";
import { examSessionSchema } from "./exam-session-schema";
import { institutionCollectionSchema } from "./exam-results-schema";
import { assignSeatsSchema, cancelPlanSchema, holdPlanSchema, movePlanSchema } from "./exam-plan-schema";
import { roomSchema, siteSchema } from "./exam-site-schema";
import { checkbox } from "./fields";

/**
 * The exam officer's forms (plans, sites, results, check-in) as they post (ADR 133): the action's
 * schema plus the ids the form carries in hidden inputs, since the actions are unbound
 * (vercel/next.js#57867). Browser-safe: the form checks these before posting, the action again.
 */

const planId = z.string({ error: "staffExam.errors.planNotFound" }).uuid("staffExam.errors.planNotFound");
const batchId = z.string({ error: "staffExam.errors.batchNotFound" }).uuid("staffExam.errors.batchNotFound");
/** An id that is absent for a new row (`""` from the hidden input). */
const newOrId = (key: "staffExam.errors.siteNotFound" | "staffExam.errors.roomNotFound") =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.string().uuid(key).nullable());

// 四: the plan's decisions. A cancellation is confirmed with a tick (it tells every candidate).
export const holdPlanFormSchema = holdPlanSchema.extend({ planId });
export const cancelPlanFormSchema = cancelPlanSchema.extend({
  planId,
  confirmed: checkbox.refine((v) => v, "staffExam.errors.cancelConfirmRequired"),
});
export const movePlanFormSchema = movePlanSchema.extend({ planId });

// 七: seats and the exam time.
export const assignSeatsFormSchema = assignSeatsSchema.extend({ planId });
export const examSessionFormSchema = examSessionSchema.safeExtend({ planId });

// 七 考点与考场: a new site or room has no id yet.
export const siteFormSchema = siteSchema.extend({ siteId: newOrId("staffExam.errors.siteNotFound") });
export const roomFormSchema = roomSchema.extend({ roomId: newOrId("staffExam.errors.roomNotFound") });
export const deleteSiteOrRoomSchema = z.object({
  kind: z.enum(["site", "room"], { error: "errors.generic" }),
  id: z.string({ error: "errors.generic" }).uuid("errors.generic"),
});

// 八 and 九: results and certificates.
export const institutionCollectionFormSchema = institutionCollectionSchema.extend({ planId });
export const issueCertificatesSchema = z.object({ planId });

/** 八 成绩公示 of one plan (`planId`) or of a batch (`batchId`); `confirm` once the officer saw what it does. */
export const publishNoticeSchema = z
  .object({
    planId: z.preprocess((v) => (v === "" ? undefined : v), planId.optional()),
    batchId: z.preprocess((v) => (v === "" ? undefined : v), batchId.optional()),
    confirm: checkbox,
  })
  .refine((v) => (v.planId === undefined) !== (v.batchId === undefined), {
    path: ["planId"],
    message: "staffExam.errors.planNotFound",
  });

/** The chosen file as the browser (a FileList) or the server (a File) holds it; null when none or empty. */
export function chosenFile(value: unknown): { size: number } | null {
  if (typeof value !== "object" || value === null) return null;
  if ("size" in value && typeof value.size === "number") return value.size > 0 ? { size: value.size } : null;
  if ("length" in value && typeof value.length === "number" && value.length > 0)
    return chosenFile((value as ArrayLike<unknown>)[0]);
  return null;
}

/** 八: the batch's results sheet. Its size and contents are checked by the server. */
export const importScoresSchema = z.object({
  batchId,
  file: z.custom<unknown>((v) => chosenFile(v) !== null, "staffExam.import.file.missing"),
});

// 七 考核当天签到: look up by ticket, name or ID number, then confirm.
export const checkInLookupSchema = z.object({
  code: z.string({ error: "staffExam.checkIn.errors.format" }).trim().min(1, "staffExam.checkIn.errors.format"),
});
export const checkInConfirmSchema = z.object({
  applicationId: z.string({ error: "staffExam.errors.applicationNotFound" }).uuid("staffExam.errors.applicationNotFound"),
});
