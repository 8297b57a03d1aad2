import { describe, expect, it } from "vitest";
import { isPrintableHan, unprintableChars } from "./pdf-glyphs";

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
});
