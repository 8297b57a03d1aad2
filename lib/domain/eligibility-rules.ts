import { EDUCATION_LABELS, atLeast, levelBelow } from "./education";
import { verdict, type Applicant, type EligibilityResult, type Reason } from "./eligibility-types";
import type { MessageParams, NamespaceKey } from "@/lib/i18n/message-key";
import { acceptedMajors, matchMajor } from "./major-match";
import { matchOccupation } from "./occupation-match";
import type { ConditionDef, ConditionRule, EducationLevel, MajorCategory } from "./types";

/**
 * One evaluator per kind of 申报条件 (附件1). Age is checked before any of these, in
 * eligibility.ts; these only judge the condition itself.
 */

/**
 * 附件1 item 19 says "取得相关专业大学专科及以上学历" without the explicit exception for this
 * year's graduates that items 1–10 spell out, so a graduate without the diploma has not
 * 取得 it. Flip to true if the center reads it otherwise.
 */
export const MAJOR_RULE_COUNTS_GRADUATES = false;

const MAJOR_LEVEL_LABELS: Record<MajorCategory["level"], string> = {
  JUNIOR_COLLEGE: "专科",
  BACHELOR: "本科",
  POSTGRADUATE: "研究生",
};

function threshold(min: EducationLevel): string {
  return `${EDUCATION_LABELS[min]}及以上`;
}

/** An education level as a message value (ICU select cases: camelCase, as the messages spell them). */
const EDUCATION_PARAM: Record<EducationLevel, string> = {
  JUNIOR_HIGH_OR_BELOW: "juniorHighOrBelow",
  UPPER_SECONDARY: "upperSecondary",
  JUNIOR_COLLEGE: "juniorCollege",
  BACHELOR: "bachelor",
  POSTGRADUATE: "postgraduate",
};

/**
 * A reason: its key under `ruleFailures.eligibility` and values, with the Chinese sentence the
 * zh-CN message renders (a unit test renders every key and compares, eligibility-reasons.test.ts).
 */
export function said(name: EligibilityReasonName, params: MessageParams, zh: string): Reason {
  return { zh, failure: { key: `ruleFailures.eligibility.${name}`, params } };
}

type EligibilityReasonName = NamespaceKey<"ruleFailures.eligibility">;

export const ineligible = (...reasons: Reason[]): EligibilityResult => verdict("ineligible", reasons);

/** 四(二)2②: students without a diploma prove their status with a stamped record from school. */
const GRADUATE_PROOF = said(
  "graduateProof",
  {},
  "应届毕业生尚未取得毕业证书的，请上传学校教务处用校内系统打印并加盖公章的学籍卡作为学籍证明。",
);

export function evaluateEducation(rule: Extract<ConditionRule, { kind: "education" }>, a: Applicant): EligibilityResult {
  const counted = !a.graduatingThisYear || rule.graduatingThisYearCounts;
  const effective = counted ? a.education : levelBelow(a.education);
  const label = EDUCATION_LABELS[a.education];
  if (atLeast(effective, rule.minEducation)) {
    const reasons = [
      said(
        "educationMet",
        { education: EDUCATION_PARAM[a.education], min: EDUCATION_PARAM[rule.minEducation] },
        `您的学历（${label}）符合“${threshold(rule.minEducation)}”的要求。`,
      ),
    ];
    if (a.graduatingThisYear) reasons.push(GRADUATE_PROOF);
    return verdict("eligible", reasons);
  }
  if (!counted && atLeast(a.education, rule.minEducation)) {
    return ineligible(
      said(
        "educationNotYet",
        { min: EDUCATION_PARAM[rule.minEducation] },
        `该条件要求已取得${threshold(rule.minEducation)}学历，不含尚未取得毕业证书的应届毕业生。请在取得毕业证书后报名，或选择其他申报条件。`,
      ),
    );
  }
  return ineligible(
    said(
      "educationBelow",
      { min: EDUCATION_PARAM[rule.minEducation], education: EDUCATION_PARAM[a.education] },
      `该条件要求${threshold(rule.minEducation)}学历，您的学历为${label}，不符合。请选择其他申报条件或其他项目。`,
    ),
  );
}

export function evaluateSkill(rule: Extract<ConditionRule, { kind: "skill" }>, c: ConditionDef): EligibilityResult {
  const areas = rule.areas.join("、");
  const evidence = c.evidence ?? `能证明${areas}相关技能的材料`;
  return verdict(
    "needs-evidence",
    [said("skill", { areas, evidence }, `该条件需由省职鉴中心审核您在${areas}方面的技能，请上传${evidence}。`)],
    evidence,
  );
}

export function evaluateOccupation(
  rule: Extract<ConditionRule, { kind: "occupation" }>,
  c: ConditionDef,
  a: Applicant,
): EligibilityResult {
  const list = rule.occupations.join("、");
  const occupation = a.occupation?.trim() ?? "";
  if (occupation === "") return ineligible(said("occupationMissing", { list }, `请填写您从事的职业（相关职业：${list}）。`));
  const matched = matchOccupation(occupation, rule.occupations);
  if (matched === null) {
    return ineligible(
      said(
        "occupationNotListed",
        { occupation, list },
        `您填写的职业“${occupation}”不在该条件的相关职业范围内（相关职业：${list}）。如您从事其中之一，请按证书或单位证明上的职业名称填写；否则请选择其他申报条件。`,
      ),
    );
  }
  const evidence = c.evidence ?? `能证明从事${matched}的证明材料`;
  return verdict(
    "needs-evidence",
    [
      said(
        "occupationMatched",
        { occupation, matched, evidence },
        `您填写的职业“${occupation}”对应相关职业“${matched}”，请上传${evidence}，由省职鉴中心审核。`,
      ),
    ],
    evidence,
  );
}

function majorList(majors: readonly MajorCategory[]): string {
  const levels = Object.keys(MAJOR_LEVEL_LABELS) as MajorCategory["level"][];
  return levels
    .map((level) => {
      const names = majors.filter((m) => m.level === level).map((m) => (m.code ? `${m.name}（${m.code}）` : m.name));
      return names.length ? `${MAJOR_LEVEL_LABELS[level]}：${names.join("、")}` : null;
    })
    .filter((s) => s !== null)
    .join("；");
}

export function evaluateMajor(rule: Extract<ConditionRule, { kind: "major" }>, c: ConditionDef, a: Applicant): EligibilityResult {
  const minText = threshold(rule.minEducation);
  if (a.graduatingThisYear && !MAJOR_RULE_COUNTS_GRADUATES) {
    return ineligible(
      said(
        "majorGraduate",
        { min: EDUCATION_PARAM[rule.minEducation] },
        `该条件要求已取得相关专业${minText}学历，尚未取得毕业证书的应届毕业生不符合。如您已取得其他相关专业的学历，请按已取得的学历和专业填写；也可选择其他申报条件。`,
      ),
    );
  }
  if (!atLeast(a.education, rule.minEducation)) {
    return ineligible(
      said(
        "majorBelow",
        { min: EDUCATION_PARAM[rule.minEducation], education: EDUCATION_PARAM[a.education] },
        `该条件要求取得相关专业${minText}学历，您的学历为${EDUCATION_LABELS[a.education]}，不符合。请选择其他申报条件。`,
      ),
    );
  }
  const accepted = majorList(acceptedMajors(rule.majors, a.education));
  const major = a.major?.trim() ?? "";
  if (major === "") return ineligible(said("majorMissing", { accepted }, `请填写您所学专业的类别（${accepted}）。`));
  const matched = matchMajor(major, rule.majors, a.education);
  if (matched === null) {
    return ineligible(
      said(
        "majorNotListed",
        { major, accepted },
        `您所学专业“${major}”不在该条件的相关专业范围内。按您的学历，相关专业类别为：${accepted}。请按毕业证书上的专业所属类别填写，或选择其他申报条件。`,
      ),
    );
  }
  const evidence = c.evidence ?? "毕业证书或学信网学历证明，须显示所学专业";
  return verdict(
    "needs-evidence",
    [
      said(
        "majorMatched",
        { major, level: EDUCATION_PARAM[matched.level], name: matched.name, evidence },
        `您所学专业“${major}”属于${MAJOR_LEVEL_LABELS[matched.level]}相关专业“${matched.name}”，请上传${evidence}，由省职鉴中心核对。`,
      ),
    ],
    evidence,
  );
}
