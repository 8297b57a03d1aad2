import { describe, expect, it } from "vitest";
import { missingAttachments, requiredAttachments } from "./attachments";
import type { ConditionRule } from "./types";
import { EDUCATION_PROOF_CASES, educationProofCase } from "./education-proof";

describe("四(二)2: attachments an application needs", () => {
  it("an education condition needs the photo, form, pledge, education proof and both sides of the ID card", () => {
    expect(requiredAttachments({ kind: "education", minEducation: "UPPER_SECONDARY", graduatingThisYearCounts: true })).toEqual([
      "PHOTO",
      "APPLICATION_FORM",
      "PLEDGE",
      "EDUCATION_PROOF",
      "ID_FRONT",
      "ID_BACK",
    ]);
  });

  it.each<ConditionRule>([
    { kind: "skill", areas: ["会计"] },
    { kind: "occupation", occupations: ["护士"] },
    { kind: "major", minEducation: "JUNIOR_COLLEGE", majors: [] },
  ])("a %s condition also needs its evidence, which staff judge", (rule) => {
    expect(requiredAttachments(rule)).toContain("EVIDENCE");
  });

  it("lists what is still missing", () => {
    const rule: ConditionRule = { kind: "occupation", occupations: ["护士"] };
    expect(missingAttachments(rule, ["PHOTO", "ID_FRONT", "ID_BACK", "APPLICATION_FORM"])).toEqual([
      "PLEDGE",
      "EDUCATION_PROOF",
      "EVIDENCE",
    ]);
    expect(
      missingAttachments(rule, ["PHOTO", "ID_FRONT", "ID_BACK", "APPLICATION_FORM", "PLEDGE", "EDUCATION_PROOF", "EVIDENCE"]),
    ).toEqual([]);
  });
});

describe("四(二)2: the five education-proof situations", () => {
  it("has the notice's five cases in order, each saying what to upload", () => {
    expect(EDUCATION_PROOF_CASES.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    expect(educationProofCase(1)?.upload).toContain("学信网");
    expect(educationProofCase(3)?.upload).toContain("国外学历学位认证书");
    expect(educationProofCase(5)?.upload).toContain("手印");
    expect(educationProofCase(6)).toBeUndefined();
  });
});
