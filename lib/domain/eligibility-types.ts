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
  /** The reasons in Chinese: rosters, the API and the records keep them as the notice words them. */
  reasons: string[];
  /** The same reasons as keys (issue 16 item 7, ADR 123): what pages show, in the reader's language. */
  because: Failure[];
  /** What to upload for staff to judge; null when the portal decided alone. */
  evidence: string | null;
}

/** A reason in both forms: the Chinese sentence and its key (`ruleFailures.eligibility.*`). */
export interface Reason {
  zh: string;
  failure: Failure;
}

/** A verdict from its reasons, both forms kept in step. */
export function verdict(
  result: EligibilityOutcome,
  reasons: readonly Reason[],
  evidence: string | null = null,
): EligibilityResult {
  return { result, reasons: reasons.map((r) => r.zh), because: reasons.map((r) => r.failure), evidence };
}
