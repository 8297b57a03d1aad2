import { describe, expect, it } from "vitest";
import { fitText, lineBoxHeight, textWidth, wrapLines, type PdfFont } from "./canvas-text";

// A fake font with round numbers: CJK and full-width punctuation 1 em, everything else 0.5 em.
const FONT: PdfFont = {
  postscriptName: "Fake",
  unitsPerEm: 1000,
  ascent: 1160,
  descent: -288,
  lineGap: 0,
  glyphForCodePoint: (cp) => ({ advanceWidth: cp > 0x2e80 ? 1000 : 500 }),
};

describe("canvas-text: line breaking for fixed-position documents (tickets, 六)", () => {
  it("measures CJK at 1 em and Latin at the font's advance", () => {
    expect(textWidth(FONT, "准考证", 10)).toBe(30);
    expect(textWidth(FONT, "A4", 10)).toBe(10);
  });

  it("breaks Chinese between any two characters", () => {
    expect(wrapLines(FONT, "四川省职业技能鉴定指导中心", 10, 50)).toEqual(["四川省职业", "技能鉴定指", "导中心"]);
  });

  it("keeps numbers and Latin words whole", () => {
    expect(wrapLines(FONT, "电话028-86156861", 10, 60)).toEqual(["电话", "028-86156861"]);
  });

  it("does not start a line with closing punctuation (避头): the character before goes down with it", () => {
    expect(wrapLines(FONT, "参加考核。过期", 10, 40)).toEqual(["参加考", "核。过期"]);
    expect(wrapLines(FONT, "考核）。过", 10, 20)).toEqual(["考", "核）。", "过"]);
  });

  it("does not end a line with opening punctuation (避尾)", () => {
    expect(wrapLines(FONT, "证件（二代", 10, 30)).toEqual(["证件", "（二代"]);
  });

  it("never makes a line wider than the box when it can break", () => {
    const rule = "考核当天，考生本人须持本准考证和有效身份证件（二代身份证）按准考证指定的时间、地点和考场参加考核。";
    for (let w = 20; w <= 200; w += 10) {
      const lines = wrapLines(FONT, rule, 10, w);
      expect(lines.join("")).toBe(rule);
      for (const line of lines) expect(textWidth(FONT, line, 10), `${w}: ${line}`).toBeLessThanOrEqual(w);
    }
  });

  it("honours explicit line breaks and drops spaces at a break", () => {
    expect(wrapLines(FONT, "第一行\n第二行", 10, 100)).toEqual(["第一行", "第二行"]);
    expect(wrapLines(FONT, "ab cd ef", 10, 20)).toEqual(["ab", "cd", "ef"]);
  });

  it("puts an over-long word on its own line rather than looping", () => {
    expect(wrapLines(FONT, "考SC202514001236", 10, 40)).toEqual(["考", "SC202514001236"]);
  });

  it("fitText keeps the preferred size when the text fits", () => {
    expect(fitText(FONT, "工程建设领域劳资管理", 200, 1, 10.5, 7)).toEqual({ size: 10.5, lines: ["工程建设领域劳资管理"] });
  });

  it("fitText shrinks in half points until the lines fit", () => {
    // 18 characters: 3 lines of 7 at 10.5 pt in 80 pt, 2 lines of 9 at 8.5 pt.
    const r = fitText(FONT, "四川省成都市青羊区某某路一百二十三号", 80, 2, 10.5, 7);
    expect(r.size).toBe(8.5);
    expect(r.size).toBeLessThan(10.5);
    expect(r.size).toBeGreaterThanOrEqual(7);
    expect(r.lines.length).toBeLessThanOrEqual(2);
    expect(r.lines.join("")).toBe("四川省成都市青羊区某某路一百二十三号");
  });

  it("fitText cuts with an ellipsis below the minimum size, never overflowing its box", () => {
    const r = fitText(FONT, "很".repeat(100), 70, 2, 10.5, 7);
    expect(r.size).toBe(7);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]?.endsWith("…")).toBe(true);
    for (const line of r.lines) expect(textWidth(FONT, line, 7)).toBeLessThanOrEqual(70);
  });

  it("line box height follows pdfkit: (ascent − descent + lineGap) / em × size", () => {
    expect(lineBoxHeight(FONT, 10)).toBeCloseTo(14.48);
  });
});
