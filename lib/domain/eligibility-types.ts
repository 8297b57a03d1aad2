import type { Failure } from "@/lib/action-result";
import type { EducationLevel, IsoDate } from "./types";

/** The shapes of 附件1's eligibility check, apart from the rules (eligibility.ts, eligibility-rules.ts) so neither imports the other. */

export interface Applicant {
  birthDate: IsoDate;
  /** Highest level held, or the level being completed this year when `graduatingThisYear`. */
  education: EducationLevel;
  graduatingThisYear: boolean;
  major?: string | null;
  occupation?: string | null;
}

export type EligibilityOutcome = "eligible" | "needs-evidence" | "ineligible";

export interface EligibilityResult {
  result: EligibilityOutcome;
  reasons: string[];
  /** What to upload for staff to judge; null when the portal decided alone. */
  evidence: string | null;
}

/**
 * One eligibility reason as a failure (ADR 131): 附件1's reasons quote the notice and are shown in
 * Chinese in both locales (ADR 009), so the sentence is the message's only parameter.
 */
export function eligibilityReason(reason: string): Failure {
  return { key: "ruleFailures.eligibility.reason", params: { reason } };
}
