import { describe, expect, it } from "vitest";
import { isBasePrintableHan, isPrintableHan, setExtraHanCoverage, unprintableChars } from "./pdf-glyphs";

describe("pdf-glyphs: Han characters the PDF fonts can print (GB 18030-2022, issue 13 item 5)", () => {
  it("prints common characters, Extension A 䶮 and the Extension B 𠮷 of 王𠮷", () => {
    expect(isPrintableHan("王".codePointAt(0)!)).toBe(true);
    expect(isPrintableHan("䶮".codePointAt(0)!)).toBe(true);
    expect(isPrintableHan("𠮷".codePointAt(0)!)).toBe(true);
    expect(unprintableChars("王𠮷 Li·䶮")).toEqual([]);
  });

  it("names each Han character no font has, once, and ignores what is not Han", () => {
    expect(isPrintableHan("𪚥".codePointAt(0)!)).toBe(false);
    expect(unprintableChars("𪚥张𪚥")).toEqual(["𪚥"]);
    expect(unprintableChars("abc?")).toEqual([]);
  });

  it("accepts what the server's extra fonts cover once it hands their coverage in, and stops when removed (ADR 110)", () => {
    const cp = "𪚥".codePointAt(0)!;
    try {
      setExtraHanCoverage((c) => c === cp);
      expect(isPrintableHan(cp)).toBe(true);
      expect(isBasePrintableHan(cp)).toBe(false);
      expect(unprintableChars("张𪚥𰀀")).toEqual(["𰀀"]);
    } finally {
      setExtraHanCoverage(null);
    }
    expect(unprintableChars("张𪚥")).toEqual(["𪚥"]);
    // An explicit predicate is the whole coverage.
    expect(unprintableChars("王𪚥", (c) => c === cp)).toEqual(["王"]);
  });
});
