import { describe, expect, it } from "vitest";
import { PRINTABLE_HAN_RANGES } from "@/lib/domain/pdf-glyph-coverage.generated";
import { loadPdfFonts } from "./canvas-text";
import { computeHanCoverage, encodeRanges } from "./font-coverage";

describe("font coverage: the generated set of printable Han characters matches the fonts (ADR 100)", () => {
  it("lib/domain/pdf-glyph-coverage.generated.ts is what the fonts cover (else run scripts/fonts/han-coverage.ts)", async () => {
    expect(encodeRanges(await computeHanCoverage())).toBe(PRINTABLE_HAN_RANGES);
  }, 60_000);

  it("the main font has every non-Han character a name may hold (letters, the middle dots, space)", async () => {
    const { regular, bold } = await loadPdfFonts();
    for (const ch of "ABCXYZabcxyz·• ") {
      expect(regular.primary.hasGlyphForCodePoint?.(ch.codePointAt(0)!)).toBe(true);
      expect(bold.primary.hasGlyphForCodePoint?.(ch.codePointAt(0)!)).toBe(true);
    }
  });
});
