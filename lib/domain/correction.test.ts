import { describe, expect, it } from "vitest";
import { withCheckDigit } from "./id-number";
import { needsEvidence, parseCorrection } from "./correction";

describe("issue 11 corrections", () => {
  it("checks the new value with the sign-up rules", () => {
    expect(parseCorrection("NAME", "王1", "2025-05-08")).toEqual({ ok: false, error: "privacy.errors.correctionName" });
    expect(parseCorrection("NAME", "王晓明", "2025-05-08")).toEqual({ ok: true, value: "王晓明" });
    expect(parseCorrection("MOBILE", "+86 139-1234-5678", "2025-05-08")).toEqual({ ok: true, value: "13912345678" });
    const id = withCheckDigit("51010419900101123");
    expect(parseCorrection("ID_NUMBER", id.toLowerCase(), "2025-05-08")).toEqual({ ok: true, value: id });
    expect(parseCorrection("ID_NUMBER", "510104199001011239", "2025-05-08").ok).toBe(id.endsWith("9"));
  });

  it("asks evidence for name and ID number, not for a mobile", () => {
    expect(needsEvidence("NAME")).toBe(true);
    expect(needsEvidence("ID_NUMBER")).toBe(true);
    expect(needsEvidence("MOBILE")).toBe(false);
  });
});
