import { evaluateEducation, evaluateMajor, evaluateOccupation, evaluateSkill, ineligible, said } from "./eligibility-rules";
import { LEGAL_WORKING_AGE, ageOn } from "./id-number";
import type { ConditionDef, EducationLevel, IsoDate, ProjectDef } from "./types";

import type { Failure } from "@/lib/action-result";
import type { Applicant, EligibilityOutcome, EligibilityResult } from "./eligibility-types";

export { MAJOR_RULE_COUNTS_GRADUATES } from "./eligibility-rules";
export type { Applicant, EligibilityOutcome, EligibilityResult } from "./eligibility-types";

/**
 * 附件1: can this applicant apply for this project under this condition? The portal decides
 * what it can (age, education level) and routes the rest (skills, occupation, major) to staff
 * with the evidence to upload. Reasons are sentences for the candidate and say what to do.
 */

const OUTCOME_ORDER: Record<EligibilityOutcome, number> = { eligible: 0, "needs-evidence": 1, ineligible: 2 };

/**
 * `day` is the day the rule is applied on (the caller picks it, normally today in Beijing);
 * the notice does not say on which day the age must be reached, and "达到法定劳动年龄" sets
 * no upper bound.
 */
export function evaluateEligibility(
  _project: ProjectDef,
  condition: ConditionDef,
  applicant: Applicant,
  day: IsoDate,
): EligibilityResult {
  const tooYoung = evaluateAge(applicant.birthDate, day);
  if (tooYoung) return tooYoung;
  const rule = condition.rule;
  switch (rule.kind) {
    case "education":
      return evaluateEducation(rule, applicant);
    case "skill":
      return evaluateSkill(rule, condition);
    case "occupation":
      return evaluateOccupation(rule, condition, applicant);
    case "major":
      return evaluateMajor(rule, condition, applicant);
  }
}

/** The age rule alone ("达到法定劳动年龄"): the refusal, or null when old enough on `day`. */
export function evaluateAge(birthDate: IsoDate, day: IsoDate): EligibilityResult | null {
  const age = ageOn(birthDate, day);
  if (age >= LEGAL_WORKING_AGE) return null;
  return ineligible(
    said(
      "tooYoung",
      { day, age: Math.max(age, 0), min: LEGAL_WORKING_AGE },
      `您在${day}时${Math.max(age, 0)}周岁，未满${LEGAL_WORKING_AGE}周岁，未达到法定劳动年龄，暂不能报名。请在年满${LEGAL_WORKING_AGE}周岁后报名。`,
    ),
  );
}

/** What the wizard knows so far: the birth date always (from the ID number), the rest once the personal step is saved. */
export interface ApplicantSoFar {
  birthDate: IsoDate;
  education: EducationLevel | null;
  graduatingThisYear: boolean;
  major?: string | null;
  occupation?: string | null;
}

/**
 * Issue 16 item 5: the same rule as the final submit, applied as early as the wizard can. At the
 * condition step the age and, once the education is known, an education condition are decided;
 * occupation and major conditions need fields the personal step asks for, so they wait for it.
 * At the personal step everything the submit checks is decided. Only "ineligible" stops a step;
 * "needs-evidence" goes on (staff judge the uploads).
 */
export function evaluateSoFar(
  project: ProjectDef,
  condition: ConditionDef,
  applicant: ApplicantSoFar,
  day: IsoDate,
  step: "condition" | "personal",
): EligibilityResult {
  const tooYoung = evaluateAge(applicant.birthDate, day);
  if (tooYoung) return tooYoung;
  const { education } = applicant;
  if (education === null) return { result: "eligible", reasons: [], because: [], evidence: null };
  if (step === "condition" && condition.rule.kind !== "education")
    return { result: "eligible", reasons: [], because: [], evidence: null };
  return evaluateEligibility(project, condition, { ...applicant, education }, day);
}

function pick(r: EligibilityResult) {
  return { result: r.result, reasons: r.reasons, because: r.because };
}

export interface ConditionEligibility extends EligibilityResult {
  code: string;
}

export interface ProjectEligibility {
  result: EligibilityOutcome;
  reasons: string[];
  because: Failure[];
  /** The condition to preselect: the first with the best outcome; null if the project has none. */
  bestConditionCode: string | null;
  conditions: ConditionEligibility[];
}

/**
 * One condition suffices (附件1 "具备以下条件之一"), so the project's outcome is the best of
 * its conditions: eligible, then needs-evidence, then ineligible. When every condition fails,
 * the candidate sees every reason (once each), so they learn what each way in would need.
 */
export function evaluateBest(project: ProjectDef, applicant: Applicant, day: IsoDate): ProjectEligibility {
  const conditions = project.conditions.map((c) => ({ code: c.code, ...evaluateEligibility(project, c, applicant, day) }));
  const best = conditions.reduce<ConditionEligibility | null>(
    (acc, c) => (acc === null || OUTCOME_ORDER[c.result] < OUTCOME_ORDER[acc.result] ? c : acc),
    null,
  );
  if (best === null) {
    const none = said("noConditions", {}, "该项目暂无申报条件，请联系省职鉴中心。");
    return { result: "ineligible", reasons: [none.zh], because: [none.failure], bestConditionCode: null, conditions };
  }
  if (best.result !== "ineligible") return { ...pick(best), bestConditionCode: best.code, conditions };
  // Every reason once, in both forms (the same sentence stands for the same key and values).
  const seen = new Set<string>();
  const reasons: string[] = [];
  const because: Failure[] = [];
  for (const c of conditions)
    c.reasons.forEach((zh, i) => {
      if (seen.has(zh)) return;
      seen.add(zh);
      reasons.push(zh);
      because.push(c.because[i]!);
    });
  return { result: best.result, reasons, because, bestConditionCode: best.code, conditions };
}
