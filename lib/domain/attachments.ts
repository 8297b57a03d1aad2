import type { ConditionRule } from "./types";

/** Scans a candidate uploads (四(一)2, 四(二)2), plus the photo and the condition's evidence. */
export const ATTACHMENT_KINDS = [
  "PHOTO",
  "APPLICATION_FORM",
  "PLEDGE",
  "EDUCATION_PROOF",
  "ID_FRONT",
  "ID_BACK",
  "EVIDENCE",
] as const;
export type AttachmentKindName = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_LABELS: Record<AttachmentKindName, string> = {
  PHOTO: "考生照片",
  APPLICATION_FORM: "四川省专项职业能力考核个人申报表",
  PLEDGE: "四川省专项职业能力考核个人诚信承诺书",
  EDUCATION_PROOF: "学历或学籍证明",
  ID_FRONT: "身份证正面（人像面）",
  ID_BACK: "身份证反面（国徽面）",
  EVIDENCE: "申报条件证明材料",
};

/** Skill, occupation and major conditions rest on evidence that staff judge (domain.md). */
export function conditionNeedsEvidence(rule: ConditionRule): boolean {
  return rule.kind !== "education";
}

/** Every kind the application must have before it can be submitted. */
export function requiredAttachments(rule: ConditionRule | null): AttachmentKindName[] {
  const base: AttachmentKindName[] = ["PHOTO", "APPLICATION_FORM", "PLEDGE", "EDUCATION_PROOF", "ID_FRONT", "ID_BACK"];
  return rule && conditionNeedsEvidence(rule) ? [...base, "EVIDENCE"] : base;
}

export function missingAttachments(rule: ConditionRule | null, present: readonly string[]): AttachmentKindName[] {
  return requiredAttachments(rule).filter((kind) => !present.includes(kind));
}
