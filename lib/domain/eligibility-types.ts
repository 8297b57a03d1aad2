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
