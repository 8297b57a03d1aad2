import { describe, expect, it } from "vitest";
import { evaluateEligibility, evaluateSoFar, type ApplicantSoFar } from "./eligibility";
import type { ConditionDef, ProjectDef } from "./types";

const JC: ConditionDef = {
  code: "E3",
  text: "大专",
  textEn: "college",
  rule: { kind: "education", minEducation: "JUNIOR_COLLEGE", graduatingThisYearCounts: false },
  evidence: null,
};
const OCCUPATION: ConditionDef = {
  code: "O1",
  text: "职业",
  textEn: "occupation",
  rule: { kind: "occupation", occupations: ["护士"] },
  evidence: "执业证书",
};
const PROJECT: ProjectDef = { seq: 98, name: "测试项目", nameEn: "Test", conditions: [JC, OCCUPATION] };
const DAY = "2025-01-09";
const who = (over: Partial<ApplicantSoFar> = {}): ApplicantSoFar => ({
  birthDate: "1990-01-01",
  education: null,
  graduatingThisYear: false,
  ...over,
});

describe("evaluateSoFar: the submit's rule, as early as the wizard knows enough (issue 16 item 5)", () => {
  it("refuses a 13-year-old at the condition step with the submit's own reason", () => {
    const early = evaluateSoFar(PROJECT, JC, who({ birthDate: "2011-06-01" }), DAY, "condition");
    expect(early.result).toBe("ineligible");
    expect(early.reasons[0]).toContain("13周岁");
    const atSubmit = evaluateEligibility(PROJECT, JC, { ...who({ birthDate: "2011-06-01" }), education: "BACHELOR" }, DAY);
    expect(early.reasons).toEqual(atSubmit.reasons);
  });

  it("lets an adult with no education yet pass the condition step", () => {
    expect(evaluateSoFar(PROJECT, JC, who(), DAY, "condition").result).toBe("eligible");
  });

  it("refuses 高中 for a 大专 condition once the education is known, at either step", () => {
    for (const step of ["condition", "personal"] as const) {
      const r = evaluateSoFar(PROJECT, JC, who({ education: "UPPER_SECONDARY" }), DAY, step);
      expect(r.result, step).toBe("ineligible");
      expect(r.reasons[0]).toContain("不符合");
    }
  });

  it("leaves an occupation condition to the personal step, which asks for the occupation", () => {
    expect(evaluateSoFar(PROJECT, OCCUPATION, who({ education: "BACHELOR" }), DAY, "condition").result).toBe("eligible");
    expect(evaluateSoFar(PROJECT, OCCUPATION, who({ education: "BACHELOR" }), DAY, "personal").result).toBe("ineligible");
    expect(evaluateSoFar(PROJECT, OCCUPATION, who({ education: "BACHELOR", occupation: "护士" }), DAY, "personal").result).toBe(
      "needs-evidence",
    );
  });
});
