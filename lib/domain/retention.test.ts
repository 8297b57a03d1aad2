import { describe, expect, it } from "vitest";
import { ID_NUMBER_SHAPE } from "@/lib/db-crypto/fields";
import { RETENTION, anonymisedIdNumber, applicationsExamCutoff, filesExamCutoff, yearsBefore } from "./retention";

describe("issue 11 retention schedule", () => {
  it("counts whole years back, 29 February included", () => {
    expect(yearsBefore("2027-06-28", 2)).toBe("2025-06-28");
    expect(yearsBefore("2028-02-29", 1)).toBe("2027-02-28");
    expect(yearsBefore("2028-02-29", 4)).toBe("2024-02-29");
  });

  it("keeps photos and scans two years after the exam day, audit rows at least six months", () => {
    expect(filesExamCutoff("2027-06-29")).toBe("2025-06-29");
    expect(RETENTION.auditMinimumMonths).toBeGreaterThanOrEqual(6);
  });

  it("keeps an application's details three years after the exam day, longer than its scans", () => {
    expect(applicationsExamCutoff("2028-06-29")).toBe("2025-06-29");
    expect(RETENTION.applicationYearsAfterExam).toBeGreaterThan(RETENTION.filesYearsAfterExam);
  });

  it("gives an anonymised person an ID number no real person can have, one per row", () => {
    const id = "0b5c1f2e-3d4a-4b6c-8d7e-9f0a1b2c3d4e";
    expect(anonymisedIdNumber(id)).not.toMatch(ID_NUMBER_SHAPE);
    expect(anonymisedIdNumber(id)).toContain(id);
  });
});
