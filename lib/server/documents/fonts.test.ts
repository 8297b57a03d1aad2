import { describe, expect, it } from "vitest";
import { extraFontFiles, splitForLineBreaking } from "./fonts";

// "" between parts is react-pdf's "break here without a hyphen" (fonts.ts).
const parts = (word: string) => splitForLineBreaking(word).filter((p) => p !== "");

describe("fonts: line-break opportunities for Chinese in react-pdf", () => {
  it("leaves words without CJK characters alone", () => {
    expect(splitForLineBreaking("Certificate")).toEqual(["Certificate"]);
    expect(splitForLineBreaking("028-86156861")).toEqual(["028-86156861"]);
  });

  it("splits Chinese per character, separated by empty (zero-width) syllables", () => {
    expect(splitForLineBreaking("准考证")).toEqual(["准", "", "考", "", "证"]);
  });

  it("keeps Latin runs and numbers whole inside Chinese text", () => {
    expect(parts("5楼509室")).toEqual(["5", "楼", "509", "室"]);
    expect(parts("使用A4纸打印")).toEqual(["使", "用", "A4", "纸", "打", "印"]);
  });

  it("keeps closing punctuation with the character before it (避头)", () => {
    expect(parts("特发此证。")).toEqual(["特", "发", "此", "证。"]);
    expect(parts("（含）以上")).toEqual(["（", "含）", "以", "上"]);
    expect(parts("60分（含）")).toEqual(["60", "分", "（", "含）"]);
  });

  it("handles characters outside the BMP as one character", () => {
    expect(parts("𠀀字")).toEqual(["𠀀", "字"]);
  });
});

describe("fonts: the optional system fonts (ADR 110)", () => {
  it("PORTAL_PDF_EXTRA_FONTS names them; none or empty disables them; a missing file is left out", () => {
    expect(extraFontFiles("none")).toEqual([]);
    expect(extraFontFiles("")).toEqual([]);
    expect(extraFontFiles("/nonexistent/HanaMinB.ttf")).toEqual([]);
    const here = `${process.cwd()}/node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf`;
    expect(extraFontFiles(` /nonexistent/X.ttf, ${here} `)).toEqual([{ family: "Extra NotoSansJP_400Regular", src: here }]);
  });
});
