/**
 * Spreadsheet cells as the roster reads and writes them. Two dangers shape this file:
 * - Excel turns an 18-digit ID number typed into a General cell into a number, which keeps
 *   only 15 significant digits (510104199003151234 becomes 510104199003151000, shown as
 *   5.10104E+17 and saved to CSV that way). Such a cell has already lost digits: the roster
 *   says so instead of guessing them back.
 * - A cell that starts with "=" (a formula, or the DDE trick `=cmd|' /C calc'!A0`) is stored
 *   as the text it is, never evaluated, and exported with a leading quote so that Excel or
 *   WPS opening the export shows text instead of running it (OWASP "CSV injection").
 */

export type CellOrigin = "empty" | "text" | "number" | "formula" | "date" | "boolean" | "error";

export interface RawCell {
  text: string;
  origin: CellOrigin;
}

export const EMPTY_CELL: RawCell = { text: "", origin: "empty" };

/** Numbers as a person wrote them: 2018 not "2018.0", 13912345678 not "1.39e10". */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}

function richText(value: { richText?: unknown }): string {
  return Array.isArray(value.richText)
    ? value.richText.map((r: { text?: unknown }) => (typeof r?.text === "string" ? r.text : "")).join("")
    : "";
}

/**
 * A number cell's text as it was read (issue 13 item 4): an integer beyond 2^53 has already lost
 * digits (a spreadsheet keeps 15 significant ones), so it is written the way the spreadsheet
 * shows it, 5.10107199308151E+17, never as the rounded digits 510107199308150592, which can
 * pass an ID number's checksum and be taken for the real number on the next upload.
 */
export function excelNumberText(value: number): string {
  if (!Number.isInteger(value) || Number.isSafeInteger(value) || !Number.isFinite(value)) return numberText(value);
  const [mantissa = "", exponent = ""] = value.toPrecision(15).split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
  return `${trimmed}E${exponent.startsWith("-") ? exponent : exponent.replace(/^\+?/, "+")}`;
}

/** An exceljs cell value (what `cell.value` holds, streaming or not) as text with its origin. */
export function cellFromExcel(value: unknown): RawCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === "string") return value === "" ? EMPTY_CELL : { text: value, origin: "text" };
  if (typeof value === "number") return { text: excelNumberText(value), origin: "number" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", origin: "boolean" };
  if (value instanceof Date)
    return { text: Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10), origin: "date" };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    // The formula's source, never its cached result: what the institution typed is what is stored.
    if (typeof v.formula === "string") return { text: `=${v.formula}`, origin: "formula" };
    if (typeof v.sharedFormula === "string") return { text: `=${v.sharedFormula}`, origin: "formula" };
    if ("richText" in v) return { text: richText(v), origin: "text" };
    if (typeof v.error === "string") return { text: v.error, origin: "error" };
    if ("text" in v)
      return typeof v.text === "string" ? { text: v.text, origin: "text" } : { text: richText(v.text as object), origin: "text" };
  }
  return EMPTY_CELL;
}

export function cellFromCsv(value: string | undefined): RawCell {
  return value === undefined || value === "" ? EMPTY_CELL : { text: value, origin: "text" };
}

// Zero-width and direction-changing characters: invisible in a cell, they make two equal
// names differ or reorder what a reviewer sees. C0/C1 controls except tab and newlines.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Free text as stored: NFC, no invisible characters, runs of blanks (line breaks too) as one space. */
export function cleanText(raw: string): string {
  return raw.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Characters a spreadsheet program may read as the start of a formula (full-width ones too: WPS converts them). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_START.test(text.trimStart());
}

/** Text for a cell of an exported sheet: a leading quote makes a would-be formula plain text. */
export function neutralizeForSpreadsheet(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** The reverse on import, so an exported file uploaded again keeps the text it had: "'=x" reads as "=x". */
export function unquoteSpreadsheetText(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** "5.10104E+17" is how Excel writes a number cell to CSV: the digits after the 6th are gone. */
export function isScientificNotation(text: string): boolean {
  return /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/.test(text.trim());
}
