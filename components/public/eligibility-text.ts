/** The eligibility form's and result's labels, passed from the page (no client messages on public pages, ADR 050). */
export type EligibilityText = Record<
  | "project"
  | "condition"
  | "anyCondition"
  | "idNumber"
  | "idNumberHint"
  | "birthDate"
  | "education"
  | "graduatingThisYear"
  | "major"
  | "majorHint"
  | "occupation"
  | "occupationHint"
  | "submit"
  | "result"
  | "eligible"
  | "needs-evidence"
  | "ineligible"
  | "perCondition",
  string
>;
