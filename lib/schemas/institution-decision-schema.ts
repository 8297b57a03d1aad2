import { z } from "zod";

/**
 * The administrator's decision on an institution's application (issue 13 item 8): approve, return
 * (to be corrected and sent again) or reject, the last two with a reason the applicant reads.
 * Browser-safe (ADR 133): the decision form checks the reason with the same rule before posting.
 */
export const INSTITUTION_DECISIONS = ["approve", "return", "reject"] as const;
export type InstitutionDecision = (typeof INSTITUTION_DECISIONS)[number];

const reasonField = z.string().trim().max(500, "institutionApply.errors.reason");
const reasonSuffices = (decision: InstitutionDecision, reason: string) => decision === "approve" || reason.length >= 4;
const REASON_REQUIRED = { path: ["reason"], message: "institutionApply.errors.reason" };

export const institutionApplicationDecisionSchema = z
  .object({ decision: z.enum(INSTITUTION_DECISIONS), reason: reasonField })
  .refine((d) => reasonSuffices(d.decision, d.reason), REASON_REQUIRED);

/** The form's fields while typing (the decision is the button pressed, not yet known). */
export const institutionDecisionFieldsSchema = z.object({ reason: reasonField });

/** The form's check on a submit by one decision's button (`intent`): the same rule as the action's. */
export function institutionDecisionSchemaFor(intent: string) {
  const decision = INSTITUTION_DECISIONS.find((d) => d === intent);
  if (!decision) return undefined;
  return institutionDecisionFieldsSchema.refine((d) => reasonSuffices(decision, d.reason), REASON_REQUIRED);
}
