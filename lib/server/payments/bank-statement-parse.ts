import chardet from "chardet";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { isIsoDate } from "@/lib/domain/iso-date";
import { parseYuan } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";

/**
 * The bank's statement as the finance clerk downloads it: a CSV with the columns date, amount,
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
  encoding: "UTF-8" | "UTF-16" | "GB18030";
  lines: ParsedStatementLine[];
  /** 1-based CSV row and a message key (staffPayments.statement.rowErrors.*). */
  problems: { row: number; problem: "date" | "amount" | "payer" }[];
  /** Money going out, or zero: not a receipt, not imported. */
  outgoing: number;
}

export const MAX_STATEMENT_LINES = 5000;

const COLUMNS = {
  date: ["date", "交易日期", "日期", "记账日期", "入账日期", "交易时间"],
  amount: ["amount", "金额", "交易金额", "贷方金额", "贷方发生额", "收入金额", "收入", "入账金额"],
  payer: [
    "payer",
    "payername",
    "payer name",
    "付款人",
    "付款人名称",
    "付款方",
    "付款方户名",
    "对方户名",
    "对方账户名称",
    "对方名称",
  ],
  remark: ["remark", "摘要", "附言", "备注", "用途", "交易附言", "摘要/附言"],
} as const;
type Column = keyof typeof COLUMNS;

export function decodeStatement(bytes: Uint8Array): { text: string; encoding: ParsedStatement["encoding"] } {
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

function columnOf(heading: string): Column | null {
  const h = heading
    .trim()
    .toLowerCase()
    .replace(/[()（）]/g, "");
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    if (names.some((n) => h === n.toLowerCase())) return column;
  }
  return null;
}

export function parseStatementDate(raw: string): IsoDate | null {
  const m = /^\s*(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:[\sT].*)?$/.exec(raw);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** "1,200.00", "¥300", "300元", "+300.5" → fen; a minus sign is money going out (negative). */
export function parseStatementAmount(raw: string): number | null {
  const clean = raw.replace(/[\s,，¥￥元]|RMB|CNY/gi, "");
  const negative = clean.startsWith("-");
  const fen = parseYuan(clean.replace(/^[+-]/, ""));
  return fen === null ? null : negative ? -fen : fen;
}

export function parseBankStatement(bytes: Uint8Array): ParsedStatement {
  const { text, encoding } = decodeStatement(bytes);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" }).data;
  // The header is the first row naming at least a date, an amount and a payer column.
  const headerIndex = rows.slice(0, 30).findIndex((r) => {
    const found = new Set(r.map(columnOf));
    return found.has("date") && found.has("amount") && found.has("payer");
  });
  const result: ParsedStatement = { encoding, lines: [], problems: [], outgoing: 0 };
  if (headerIndex < 0) return result;
  const header = rows[headerIndex]!.map(columnOf);
  const at = (column: Column) => header.indexOf(column);
  for (const [offset, cells] of rows.slice(headerIndex + 1, headerIndex + 1 + MAX_STATEMENT_LINES).entries()) {
    const row = headerIndex + offset + 2;
    const cell = (column: Column) => (at(column) >= 0 ? (cells[at(column)] ?? "").trim() : "");
    const date = parseStatementDate(cell("date"));
    const amountFen = parseStatementAmount(cell("amount"));
    const payerName = cell("payer");
    if (!date) result.problems.push({ row, problem: "date" });
    else if (amountFen === null) result.problems.push({ row, problem: "amount" });
    else if (amountFen <= 0) result.outgoing++;
    else if (!payerName) result.problems.push({ row, problem: "payer" });
    else result.lines.push({ row, date, amountFen, payerName: payerName.slice(0, 100), remark: cell("remark").slice(0, 300) });
  }
  return result;
}
