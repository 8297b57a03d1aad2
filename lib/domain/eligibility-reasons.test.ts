import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { failureText } from "@/lib/i18n/failure-text";
import { MESSAGES } from "@/messages";
import { PROJECTS } from "./catalog/projects";
import { evaluateBest, evaluateEligibility, type Applicant } from "./eligibility";
import { EDUCATION_LABELS } from "./education";
import type { EducationLevel } from "./types";

const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });
const en = createTranslator({ locale: "en", messages: MESSAGES.en });
const HAN = /\p{Script=Han}/u;
const LEVELS = Object.keys(EDUCATION_LABELS) as EducationLevel[];

/** Every applicant shape the rules tell apart: each level, graduating or not, a typed occupation and major or none, too young. */
function applicants(): Applicant[] {
  const out: Applicant[] = [];
  for (const education of LEVELS)
    for (const graduatingThisYear of [false, true])
      for (const [major, occupation] of [
        [null, null],
        ["计算机类", "美容师"],
        ["不相关的专业", "不相关的职业"],
      ] as const)
        out.push({ birthDate: "1990-01-01", education, graduatingThisYear, major, occupation });
  out.push({ birthDate: "2012-01-01", education: "JUNIOR_HIGH_OR_BELOW", graduatingThisYear: false });
  return out;
}

describe("eligibility reasons as keys (issue 16 item 7, ADR 123)", () => {
  const results = PROJECTS.flatMap((project) =>
    applicants().flatMap((a) => [
      ...project.conditions.map((c) => evaluateEligibility(project, c, a, "2025-05-08")),
      evaluateBest(project, a, "2025-05-08"),
    ]),
  );

  it("every reason's key renders in Chinese as exactly the sentence the rule wrote", () => {
    let compared = 0;
    for (const r of results) {
      expect(r.because.length).toBe(r.reasons.length);
      r.because.forEach((failure, i) => {
        expect(failureText(zh, failure)).toBe(r.reasons[i]);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("reads in English, Chinese left only in the catalog's and the candidate's own words", () => {
    const keys = new Set(results.flatMap((r) => r.because.map((f) => f.key)));
    // The reasons the catalog can give are reached by the applicants above (not "noConditions": every project has some).
    expect(keys.size).toBeGreaterThanOrEqual(12);
    for (const r of results)
      for (const failure of r.because) {
        const values = Object.values(failure.params ?? {})
          .map(String)
          .sort((a, b) => b.length - a.length);
        const text = values.reduce((rest, v) => rest.split(v).join(""), failureText(en, failure));
        expect(text, failure.key).not.toMatch(HAN);
      }
  });
});
