import { z } from "zod";
import { InstitutionDocumentKind } from "@/lib/generated/prisma/enums";
import type { IsoDate } from "@/lib/domain/types";
import { optionalText } from "./fields";

/**
 * The staff desk's smaller forms (ADR 133, 140): a correction request decided, an account appeal
 * decided, a paper original's arrival, the start of a second-factor enrollment. Ids in hidden
 * inputs; where the button pressed changes the rule (`intent` = approve/reject), `…For(intent)`.
 */
const id = z.uuid("errors.generic");

export const DECISION_INTENTS = ["approve", "reject"] as const;
export type DecisionIntent = (typeof DECISION_INTENTS)[number];
export const decisionIntent = z.enum(DECISION_INTENTS, "errors.generic");

/** Issue 11: the answer the candidate reads; needed to reject (2–300 characters). */
const correctionAnswer = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(300, "errors.tooLong"));
export const correctionDecisionSchema = z.object({ id, answer: correctionAnswer });
export function correctionDecisionFor(intent: string | null | undefined) {
  return intent === "reject"
    ? correctionDecisionSchema.extend({ answer: correctionAnswer.pipe(z.string().min(2, "privacy.errors.correctionAnswer")) })
    : correctionDecisionSchema;
}

/** Issue 10: the reason the appellant reads; needed to reject (2–500 characters). */
const appealReason = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(500, "errors.tooLong"));
export const appealDecisionFormSchema = z.object({ appealId: id, reason: appealReason });
export function appealDecisionFor(intent: string | null | undefined) {
  return intent === "reject"
    ? appealDecisionFormSchema.extend({ reason: appealReason.pipe(z.string().min(2, "identity.appeal.reasonRequired")) })
    : appealDecisionFormSchema;
}

/** Issue 13 item 6: the day a paper original arrived (not after today), who brought it, a note. */
export function paperArrivalSchema(today: IsoDate) {
  return z.object({
    institutionId: id,
    batchId: id,
    kind: z.enum(InstitutionDocumentKind, "errors.generic"),
    receivedOn: z
      .string({ error: "paperwork.errors.receivedOn" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "paperwork.errors.receivedOn")
      .refine((day) => day <= today, "paperwork.errors.receivedOn"),
    deliveredBy: optionalText(100),
    notes: optionalText(500),
  });
}

/** 开始绑定: a button, no fields. */
export const startEnrollmentSchema = z.object({});
