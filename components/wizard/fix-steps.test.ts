import { describe, expect, it } from "vitest";
import { fail } from "@/lib/action-result";
import { stepsToFix } from "./fix-steps";

describe("stepsToFix: a refusal links to the steps that fix it (issue 16 item 5)", () => {
  it("eligibility is fixed by the condition or the personal data, minus the step the candidate is on", () => {
    const refused = fail("errors.application.ineligible", { eligibility: [{ key: "ruleFailures.eligibility.noConditions" }] });
    expect(stepsToFix(refused, null)).toEqual(["condition", "personal"]);
    expect(stepsToFix(refused, "condition")).toEqual(["personal"]);
    expect(stepsToFix(refused, "personal")).toEqual(["condition"]);
  });

  it("missing files, pledge and personal data point to their own steps", () => {
    expect(stepsToFix(fail("errors.application.filesMissing", { attachments: ["attachments.PHOTO"] }), null)).toEqual([
      "attachments",
    ]);
    expect(stepsToFix(fail("errors.pledgeRequired", { pledge: ["errors.pledgeRequired"] }), null)).toEqual(["pledge"]);
    expect(stepsToFix(fail("errors.application.personalMissing"), null)).toEqual(["personal"]);
    expect(stepsToFix(fail("errors.application.changedMeanwhile"), null)).toEqual([]);
    expect(stepsToFix(null, null)).toEqual([]);
  });
});
