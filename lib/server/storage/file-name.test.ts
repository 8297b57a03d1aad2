import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_LENGTH, sanitizeFileName, withExtension } from "./file-name";

describe("sanitizeFileName", () => {
  it.each([
    ["../x", "x"],
    ["../../etc/passwd", "passwd"],
    ["C:\\fakepath\\身份证正面.jpg", "身份证正面.jpg"],
    ["..", "未命名文件"],
    ["", "未命名文件"],
    ["  .hidden.pdf  ", "hidden.pdf"],
    ["申报表.pdf.", "申报表.pdf"],
    ['a<b>c:"d"|e?f*.png', "a_b_c__d__e_f_.png"],
    ["tab\there\nnew.jpg", "tabherenew.jpg"],
  ])("%j → %j", (raw, clean) => {
    expect(sanitizeFileName(raw)).toBe(clean);
  });

  it("removes bidi overrides and isolates that disguise an extension (U+202A–U+202E, U+2066–U+2069)", () => {
    // Displays as "发票exe.jpg" in a right-to-left-aware list.
    expect(sanitizeFileName("发票\u202Egpj.exe")).toBe("发票gpj.exe");
    const marks = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u200B\uFEFF";
    expect(sanitizeFileName(`a${marks}b.pdf`)).toBe("ab.pdf");
  });

  it("caps the length by characters and keeps the extension", () => {
    const long = `${"学".repeat(150)}.pdf`;
    const clean = sanitizeFileName(long);
    expect(Array.from(clean)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(clean.endsWith("学.pdf")).toBe(true);
    // An emoji (surrogate pair) at the cut is kept whole or dropped, never halved.
    const emoji = sanitizeFileName("😀".repeat(120));
    expect(Array.from(emoji).every((c) => c === "😀")).toBe(true);
  });

  it("composes decomposed characters (NFC), so two spellings of one name look and compare the same", () => {
    expect(sanitizeFileName("e\u0301.png")).toBe("\u00e9.png");
  });
});

describe("withExtension", () => {
  it("replaces or adds the extension", () => {
    expect(withExtension("扫描件.jpg", "pdf")).toBe("扫描件.pdf");
    expect(withExtension("扫描件", "pdf")).toBe("扫描件.pdf");
  });
});
