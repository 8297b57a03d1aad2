import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";

describe("isUuid", () => {
  it("accepts PostgreSQL's uuid text, any case", () => {
    expect(isUuid("0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b")).toBe(true);
    expect(isUuid("0B6F1C2E-3A4D-4E5F-8A9B-0C1D2E3F4A5B")).toBe(true);
  });

  it("refuses anything a path or form could carry instead", () => {
    for (const value of [
      "",
      "not-a-uuid",
      "0b6f1c2e3a4d4e5f8a9b0c1d2e3f4a5b",
      "0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5",
      "0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b ",
      "../x",
    ])
      expect(isUuid(value), value).toBe(false);
    expect(isUuid(null)).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
