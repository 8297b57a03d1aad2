import { describe, expect, it } from "vitest";
import { RETENTION, filesExamCutoff, yearsBefore } from "./retention";

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
});
