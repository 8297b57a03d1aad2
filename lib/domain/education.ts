import { EDUCATION_LEVELS, type EducationLevel } from "./types";

/**
 * Order of education levels (domain.md "Eligibility"). 附件1 writes thresholds as "X及以上", so
 * every education rule is a comparison on this order, never a list of accepted levels.
 */

/** Labels as the application form shows them; UPPER_SECONDARY names its 同等学历 explicitly. */
export const EDUCATION_LABELS: Readonly<Record<EducationLevel, string>> = {
  JUNIOR_HIGH_OR_BELOW: "初中及以下",
  UPPER_SECONDARY: "高中/中专/技校/技师学院",
  JUNIOR_COLLEGE: "大专",
  BACHELOR: "本科",
  POSTGRADUATE: "研究生",
};

export const EDUCATION_LABELS_EN: Readonly<Record<EducationLevel, string>> = {
  JUNIOR_HIGH_OR_BELOW: "Junior high or below",
  UPPER_SECONDARY: "High school / secondary vocational",
  JUNIOR_COLLEGE: "Junior college",
  BACHELOR: "Bachelor",
  POSTGRADUATE: "Postgraduate",
};

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Negative, zero or positive, for `Array#sort`. */
export function compareEducation(a: EducationLevel, b: EducationLevel): number {
  return educationRank(a) - educationRank(b);
}

export function atLeast(level: EducationLevel, min: EducationLevel): boolean {
  return compareEducation(level, min) >= 0;
}

/**
 * The level someone holds while still studying for `level`: this year's graduates have no
 * diploma yet. The lowest level has nothing below it and stays.
 */
export function levelBelow(level: EducationLevel): EducationLevel {
  return EDUCATION_LEVELS[Math.max(0, educationRank(level) - 1)] ?? level;
}

export function isEducationLevel(value: string): value is EducationLevel {
  return (EDUCATION_LEVELS as readonly string[]).includes(value);
}
