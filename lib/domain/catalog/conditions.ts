import type { ConditionDef, MajorCategory } from "../types";
import { MENTAL_HEALTH_MAJORS } from "./mental-health-majors";

/**
 * Condition drafts for 附件1. Codes are assigned in projects.ts from the project's seq and the
 * condition's position, so a draft shared by several projects stays one source of text.
 * The legal working age (达到法定劳动年龄) opens every condition in the notice; it is checked
 * for every application elsewhere, so the texts leave it out.
 */
export type ConditionDraft = Omit<ConditionDef, "code">;

/** Items 1–5: the notice explicitly admits this year's 中专/技校/技师学院 graduates without a diploma. */
export const UPPER_SECONDARY_WITH_GRADUATES: ConditionDraft = {
  text: "取得高中（或同等学历，含尚未取得毕业证书的中专、技校、技师学院的应届毕业生）及以上学历，具有计算机操作能力",
  textEn:
    "High school education (or equivalent) or above, including this year's graduates of secondary vocational schools, technical schools and technician colleges who do not yet hold their diploma; able to operate a computer",
  rule: {
    kind: "education",
    minEducation: "UPPER_SECONDARY",
    graduatingThisYearCounts: true,
  },
  evidence: null,
  evidenceEn: null,
};

/** Items 6–10. */
export const JUNIOR_COLLEGE_WITH_GRADUATES: ConditionDraft = {
  text: "取得大专（含尚未取得毕业证书的应届毕业生）及以上学历，具有计算机操作能力",
  textEn:
    "Junior college education or above, including this year's graduates who do not yet hold their diploma; able to operate a computer",
  rule: {
    kind: "education",
    minEducation: "JUNIOR_COLLEGE",
    graduatingThisYearCounts: true,
  },
  evidence: null,
  evidenceEn: null,
};

/** Items 12, 13: "具有相应技能" is part of the sentence but not a separate way in, so the rule is education only. */
export const JUNIOR_COLLEGE_WITH_SKILLS: ConditionDraft = {
  text: "具备大学专科（或同等学力）文化程度，具有相应技能",
  textEn: "Junior college education (or equivalent) with the relevant skills",
  rule: {
    kind: "education",
    minEducation: "JUNIOR_COLLEGE",
    graduatingThisYearCounts: false,
  },
  evidence: null,
  evidenceEn: null,
};

/** Items 17, 18, 21. */
export const UPPER_SECONDARY_PLAIN: ConditionDraft = {
  text: "高中（同等学历）及以上学历",
  textEn: "High school education (or equivalent) or above",
  rule: {
    kind: "education",
    minEducation: "UPPER_SECONDARY",
    graduatingThisYearCounts: false,
  },
  evidence: null,
  evidenceEn: null,
};

export function upperSecondary(text: string, textEn: string): ConditionDraft {
  return {
    text,
    textEn,
    rule: {
      kind: "education",
      minEducation: "UPPER_SECONDARY",
      graduatingThisYearCounts: false,
    },
    evidence: null,
    evidenceEn: null,
  };
}

const SKILL_PROOF = "职业资格/技能等级证书、培训结业证书或单位出具的从业证明";
const SKILL_PROOF_EN =
  "An occupational qualification or skill-level certificate, a training completion certificate, or an employer's statement of work that proves these skills";

export function skill(text: string, textEn: string, areas: string[]): ConditionDraft {
  return {
    text,
    textEn,
    rule: { kind: "skill", areas },
    evidence: `能证明${areas.join("、")}相关技能的${SKILL_PROOF}`,
    evidenceEn: SKILL_PROOF_EN,
  };
}

export function occupation(occupations: string[], textEn: string): ConditionDraft {
  const list = occupations.join("、");
  return {
    text: `相关职业从业人员（相关职业：${list}）`,
    textEn,
    rule: { kind: "occupation", occupations },
    evidence: `能证明从事${list}之一的职业资格证书、执业证书或单位出具的在职/从业证明`,
    evidenceEn:
      "An occupational qualification or practising certificate, or an employer's statement that you work in one of these occupations",
  };
}

const MAJOR_LEVEL_LABELS: Record<MajorCategory["level"], string> = {
  JUNIOR_COLLEGE: "专科",
  BACHELOR: "本科",
  POSTGRADUATE: "研究生",
};

/** Rebuilds the notice's parenthesised list from the data, so text and rule cannot drift apart. */
function majorListText(majors: readonly MajorCategory[]): string {
  const levels = Object.keys(MAJOR_LEVEL_LABELS) as MajorCategory["level"][];
  return levels
    .map((level) => {
      const names = majors.filter((m) => m.level === level).map((m) => (m.code === null ? m.name : `${m.name}（${m.code}）`));
      return `${MAJOR_LEVEL_LABELS[level]}：${names.join("、")}`;
    })
    .join("；");
}

/** Item 19, condition 1. */
export const MENTAL_HEALTH_MAJOR: ConditionDraft = {
  text: `取得相关专业大学专科及以上学历（相关专业${majorListText(MENTAL_HEALTH_MAJORS)}）`,
  textEn:
    "A junior college degree or above in a related major (junior college: medicine and health; education and sports; public administration and services. Bachelor: psychology; education; sociology; basic medicine; clinical medicine; stomatology; public health and preventive medicine; traditional Chinese medicine; integrated Chinese and Western medicine; nursing. Postgraduate: sociology 0303; education 0401; psychology 0402; basic medicine 1001; clinical medicine 1002; stomatology 1003; public health and preventive medicine 1004; traditional Chinese medicine 1005; integrated Chinese and Western medicine 1006; public administration 1204)",
  rule: {
    kind: "major",
    minEducation: "JUNIOR_COLLEGE",
    majors: [...MENTAL_HEALTH_MAJORS],
  },
  evidence: "毕业证书或学信网学历证明，须显示所学专业",
  evidenceEn:
    "The graduation certificate or the online degree record of CHSI (China Higher Education Student Information), showing the major",
};
