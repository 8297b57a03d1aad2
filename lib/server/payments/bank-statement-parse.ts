import chardet from "chardet";
import iconv from "iconv-lite";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { classifyRow, layoutOf, parseFen } from "@/lib/domain/bank-statement-headings";
import { isIsoDate } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";

/**
 * The bank's statement as the finance clerk downloads it: an .xlsx or a CSV with the columns date, amount,
 * payer name and remark, under whatever headings the bank uses, in UTF-8 or (Excel, most
 * Chinese banks) GBK, often with account details above the header row. Pure: bytes in, lines
 * and per-row problems out.
 */

export interface ParsedStatementLine {
  row: number;
  date: IsoDate;
  amountFen: number;
  payerName: string;
  remark: string;
}

export interface ParsedStatement {
  encoding: "UTF-8" | "UTF-16" | "GB18030" | "XLSX";
  lines: ParsedStatementLine[];
  /** 1-based CSV row and a message key (staffPayments.statement.rowErrors.*). */
  problems: { row: number; problem: "date" | "amount" | "payer" }[];
  /** Money going out, or zero: not a receipt, not imported. */
  outgoing: number;
  /** Rows that are no incoming payment (a debit such as the bank's fee) or a summary (合计). */
  skipped: { row: number; kind: "outgoing" | "summary" }[];
}

export const MAX_STATEMENT_LINES = 5000;

export function decodeStatement(bytes: Uint8Array): { text: string; encoding: "UTF-8" | "UTF-16" | "GB18030" } {
  const buffer = Buffer.from(bytes);
  try {
    // Valid UTF-8 is UTF-8 whatever a detector guesses (short ASCII files look like Latin-1).
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    return { text: text.replace(/^\uFEFF/, ""), encoding: "UTF-8" };
  } catch {
    // Not UTF-8. chardet names GB18030 for GBK text, UTF-16 for the odd Unicode export; its other
    // guesses (Latin-1, Big5) on a Chinese bank's file are GBK misread, and GB18030 covers GBK.
    const detected = chardet.detect(buffer) ?? "";
    if (/^UTF-16(LE|BE)$/i.test(detected))
      return { text: iconv.decode(buffer, detected).replace(/^\uFEFF/, ""), encoding: "UTF-16" };
    return { text: iconv.decode(buffer, "gb18030"), encoding: "GB18030" };
  }
}

export function parseStatementDate(raw: string): IsoDate | null {
  const m = /^\s*(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:[\sT].*)?$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** "1,200.00", "¥300", "300元", "+300.5" → fen; a minus sign is money going out (negative). */
export const parseStatementAmount = parseFen;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** An .xlsx (a zip) or a CSV, as the bank's download is: lines, skipped rows and problems. */
export async function readBankStatement(bytes: Uint8Array): Promise<ParsedStatement> {
  if (!ZIP.every((b, i) => bytes[i] === b)) return parseBankStatement(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > MAX_STATEMENT_LINES + 40) return;
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(xlsxCellText(row.getCell(c)));
    rows[rowNumber - 1] = cells;
  });
  return parseStatementRows(
    Array.from(rows, (r) => r ?? []),
    "XLSX",
  );
}

function xlsxCellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  // exceljs keeps a date cell as the UTC instant of its calendar day.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(Math.round(value * 100) / 100);
  return cell.text ?? "";
}

/** A CSV statement (synchronous: no workbook to open). */
export function parseBankStatement(bytes: Uint8Array): ParsedStatement {
  const { text, encoding } = decodeStatement(bytes);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" }).data;
  return parseStatementRows(rows, encoding);
}

/** Rows of text cells (row 1 first, blank rows dropped or kept) → the statement. */
export function parseStatementRows(rows: string[][], encoding: ParsedStatement["encoding"]): ParsedStatement {
  const result: ParsedStatement = { encoding, lines: [], problems: [], outgoing: 0, skipped: [] };
  // The header is the first row naming a date, an amount (or credit) and a payer column.
  const headerIndex = rows.slice(0, 40).findIndex((r) => layoutOf(r) !== null);
  if (headerIndex < 0) return result;
  const layout = layoutOf(rows[headerIndex]!)!;
  for (const [offset, cells] of rows.slice(headerIndex + 1, headerIndex + 1 + MAX_STATEMENT_LINES).entries()) {
    const row = headerIndex + offset + 2;
    if (cells.every((c) => !c || !String(c).trim())) continue;
    const cell = (i: number) => (cells[i] ?? "").trim();
    const date = parseStatementDate(cell(layout.date));
    const kind = classifyRow(layout, cells, date !== null);
    if (kind.kind === "summary") result.skipped.push({ row, kind: "summary" });
    else if (kind.kind === "outgoing") {
      result.outgoing++;
      result.skipped.push({ row, kind: "outgoing" });
    } else if (kind.kind === "problem") result.problems.push({ row, problem: kind.problem });
    else {
      const payerName = layout.payer.map(cell).find((p) => p !== "") ?? "";
      // Every remark column: a reference code may be written in 摘要, 备注 or 附言.
      const remark = [...new Set(layout.remark.map(cell).filter((r) => r !== ""))].join(" / ");
      if (!payerName) result.problems.push({ row, problem: "payer" });
      else
        result.lines.push({
          row,
          date: date!,
          amountFen: kind.amountFen,
          payerName: payerName.slice(0, 100),
          remark: remark.slice(0, 300),
        });
    }
  }
  return result;
}
