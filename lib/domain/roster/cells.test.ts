import { describe, expect, it } from "vitest";
import {
  EMPTY_CELL,
  cellFromCsv,
  cellFromExcel,
  cleanText,
  isScientificNotation,
  looksLikeFormula,
  neutralizeForSpreadsheet,
  numberText,
  excelNumberText,
  unquoteSpreadsheetText,
} from "./cells";

describe("roster cells: what an xlsx or CSV cell holds", () => {
  it("reads every kind of exceljs value with its origin", () => {
    expect(cellFromExcel(null)).toBe(EMPTY_CELL);
    expect(cellFromExcel(undefined)).toBe(EMPTY_CELL);
    expect(cellFromExcel("")).toBe(EMPTY_CELL);
    expect(cellFromExcel("张三")).toEqual({ text: "张三", origin: "text" });
    expect(cellFromExcel(2018)).toEqual({ text: "2018", origin: "number" });
    expect(cellFromExcel(13912345678)).toEqual({ text: "13912345678", origin: "number" });
    expect(cellFromExcel(true)).toEqual({ text: "TRUE", origin: "boolean" });
    expect(cellFromExcel(new Date("2018-07-01T00:00:00Z"))).toEqual({ text: "2018-07-01", origin: "date" });
    expect(cellFromExcel(new Date("x"))).toEqual({ text: "", origin: "date" });
    expect(cellFromExcel({ richText: [{ text: "成都" }, { text: "市" }] })).toEqual({ text: "成都市", origin: "text" });
    expect(cellFromExcel({ text: "链接", hyperlink: "http://x" })).toEqual({ text: "链接", origin: "text" });
    expect(cellFromExcel({ text: { richText: [{ text: "富" }] }, hyperlink: "http://x" })).toEqual({
      text: "富",
      origin: "text",
    });
    expect(cellFromExcel({ error: "#N/A" })).toEqual({ text: "#N/A", origin: "error" });
    expect(cellFromExcel({ foo: 1 })).toBe(EMPTY_CELL);
  });

  it("keeps a formula's source, never its cached result", () => {
    expect(cellFromExcel({ formula: "cmd|' /C calc'!A0", result: 0 })).toEqual({ text: "=cmd|' /C calc'!A0", origin: "formula" });
    expect(cellFromExcel({ sharedFormula: "A1+1", result: 2 })).toEqual({ text: "=A1+1", origin: "formula" });
  });

  it("writes a lost-digits ID number as Excel kept it (15 significant digits)", () => {
    expect(numberText(510104199003151234)).toBe("510104199003151232");
    expect(numberText(1.5)).toBe("1.5");
    expect(numberText(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(numberText(1e22)).toBe("1e+22");
  });

  it("reads CSV fields as text", () => {
    expect(cellFromCsv(undefined)).toBe(EMPTY_CELL);
    expect(cellFromCsv("")).toBe(EMPTY_CELL);
    expect(cellFromCsv("=1+1")).toEqual({ text: "=1+1", origin: "text" });
  });

  it("cleans free text: NFC, invisible and bidi characters out, blanks collapsed", () => {
    expect(cleanText("  成都市\n武侯区\t 人民南路  ")).toBe("成都市 武侯区 人民南路");
    expect(cleanText("张\u200b三\u202e")).toBe("张三");
    expect(cleanText("\ufeff地址\u0000")).toBe("地址");
  });

  it("recognizes what a spreadsheet would evaluate, full-width and after blanks too", () => {
    for (const text of ["=SUM(A1)", "+1", "-1", "@x", "\t=1", "\r=1", "＝1", "＋1", "－1", "＠x", "  =cmd|' /C calc'!A0"]) {
      expect(looksLikeFormula(text)).toBe(true);
    }
    for (const text of ["成都", "1=1", "a@b.com", ""]) expect(looksLikeFormula(text)).toBe(false);
  });

  it("exports a would-be formula with a leading quote, and reads it back as it was", () => {
    expect(neutralizeForSpreadsheet("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutralizeForSpreadsheet("@SUM(1)")).toBe("'@SUM(1)");
    expect(neutralizeForSpreadsheet("成都市")).toBe("成都市");
    expect(unquoteSpreadsheetText("'=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
    expect(unquoteSpreadsheetText("'成都")).toBe("'成都");
    expect(unquoteSpreadsheetText("成都")).toBe("成都");
  });

  it("spots the scientific notation Excel writes to CSV for long numbers", () => {
    for (const text of ["5.10104E+17", "5,10104E+17", "510104E12", " 5.1e17 ", "-1.2E-3"])
      expect(isScientificNotation(text)).toBe(true);
    for (const text of ["510104199003151234", "51010419900315123X", "E17", "5.1"]) expect(isScientificNotation(text)).toBe(false);
  });
});

describe("number cells that lost digits (issue 13 item 4)", () => {
  it("reads an 18-digit number as the spreadsheet shows it, never as rounded digits that may pass the checksum", () => {
    // 510107199308150568 as a number is 510107199308150592, whose check digit is valid.
    expect(cellFromExcel(510107199308150568)).toEqual({ text: "5.10107199308151E+17", origin: "number" });
    expect(cellFromExcel(510104199003151000)).toEqual({ text: "5.10104199003151E+17", origin: "number" });
    expect(isScientificNotation(excelNumberText(510107199308150568))).toBe(true);
  });

  it("keeps numbers that fit as digits: mobiles, years", () => {
    expect(cellFromExcel(13912345678)).toEqual({ text: "13912345678", origin: "number" });
    expect(excelNumberText(2018)).toBe("2018");
    expect(excelNumberText(1.5)).toBe("1.5");
  });
});
