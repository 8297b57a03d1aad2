import { parseYuan } from "./payment";

/**
 * 五: what a column of a bank's statement means, by its heading as the major Chinese banks write
 * it (工行, 建行, 农行, 中行, 交行, city commercial banks such as 成都银行), and what kind of row a
 * statement row is. Pure: strings in, roles and classifications out.
 */

export type HeadingRole =
  /** The booking or transaction date (a time after it is ignored). */
  | "date"
  /** Money coming in, in a column of its own (贷方 / 收入). */
  | "credit"
  /** Money going out, in a column of its own (借方 / 支出). */
  | "debit"
  /** One signed amount column (a minus sign, or a 借贷 column beside it, says out). */
  | "amount"
  /** 借/贷, 收/支, 来账/往账: which way a single amount column goes. */
  | "direction"
  | "payer"
  /** Every remark column is kept: reference codes are written in any of them. */
  | "remark";

/** Headings after normalizeHeading(): lower case, no spaces, no brackets, no "(元)". */
export const HEADING_SYNONYMS: Record<HeadingRole, readonly string[]> = {
  date: ["date", "交易日期", "日期", "记账日期", "入账日期", "交易时间", "记账时间", "交易日", "发生日期", "会计日期"],
  credit: [
    "贷方金额",
    "贷方发生额",
    "贷方发生额收入",
    "收入金额",
    "收入",
    "入账金额",
    "来账金额",
    "贷",
    "credit",
    "creditamount",
  ],
  debit: [
    "借方金额",
    "借方发生额",
    "借方发生额支取",
    "借方发生额支出",
    "支出金额",
    "支取金额",
    "支出",
    "往账金额",
    "借",
    "debit",
    "debitamount",
  ],
  amount: ["amount", "金额", "交易金额", "发生额", "交易发生额"],
  direction: ["借贷标志", "借贷方向", "借贷", "收支标志", "收支方向", "交易方向", "来往账标志", "dc"],
  payer: [
    "payer",
    "payername",
    "付款人",
    "付款人名称",
    "付款人户名",
    "付款方",
    "付款方户名",
    "付款单位",
    "对方户名",
    "对方账户名称",
    "对方账户户名",
    "对方名称",
    "对方单位名称",
    "对方单位",
    "对方户名称",
  ],
  remark: [
    "remark",
    "摘要",
    "附言",
    "备注",
    "用途",
    "交易附言",
    "摘要附言",
    "交易摘要",
    "交易用途",
    "汇款附言",
    "附加信息",
    "说明",
  ],
};

export function normalizeHeading(heading: string): string {
  return heading
    .replace(/\s+/g, "")
    .toLowerCase()
    .replace(/[(（](元|人民币|rmb|cny)[)）]/g, "")
    .replace(/[()（）[\]【】/／:：_\-*]/g, "");
}

const BY_HEADING = new Map<string, HeadingRole>(
  (Object.entries(HEADING_SYNONYMS) as [HeadingRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((n) => [n, role] as const),
  ),
);

export function headingRole(heading: string): HeadingRole | null {
  return BY_HEADING.get(normalizeHeading(heading)) ?? null;
}

/** Column indexes of a header row; several remark (and payer) columns are kept in order. */
export interface StatementLayout {
  date: number;
  credit: number | null;
  debit: number | null;
  amount: number | null;
  direction: number | null;
  payer: number[];
  remark: number[];
}

/** The header's layout, or null when the row names no date, no amount and no payer column. */
export function layoutOf(header: readonly string[]): StatementLayout | null {
  const roles = header.map(headingRole);
  const first = (role: HeadingRole) => {
    const i = roles.indexOf(role);
    return i < 0 ? null : i;
  };
  const all = (role: HeadingRole) => roles.flatMap((r, i) => (r === role ? [i] : []));
  const date = first("date");
  const layout = {
    credit: first("credit"),
    debit: first("debit"),
    amount: first("amount"),
    direction: first("direction"),
    payer: all("payer"),
    remark: all("remark"),
  };
  if (date === null || layout.payer.length === 0) return null;
  if (layout.credit === null && layout.amount === null) return null;
  return { date, ...layout };
}

export type RowKind =
  | { kind: "incoming"; amountFen: number }
  /** A debit (the bank's fee, a payment out) or zero: not an incoming payment. */
  | { kind: "outgoing" }
  /** 合计, 本页小计, 期末余额, a printed-on line, a blank-dated note: not a transaction. */
  | { kind: "summary" }
  | { kind: "problem"; problem: "date" | "amount" };

const SUMMARY_WORDS = /合计|总计|小计|累计|汇总|笔数|期初余额|期末余额|本页|打印|制表|total/i;
const OUTGOING_MARK = /^(借|d|dr|debit|支|支出|往账|出|-)$/i;

/** "1,200.00", "¥300", "300元", "+300.5" → fen; a minus sign is money going out (negative). */
export function parseFen(raw: string): number | null {
  const clean = raw.replace(/[\s,，¥￥元]|RMB|CNY/gi, "");
  if (clean === "") return null;
  const negative = clean.startsWith("-");
  const fen = parseYuan(clean.replace(/^[+-]/, ""));
  return fen === null ? null : negative ? -fen : fen;
}

/**
 * What a row of the table is. `cell(i)` is the trimmed text of column i; `dateOk` whether the
 * date column reads as a date. Summary rows are told by their words or by having neither a
 * date nor an amount; a row with a date but no readable amount is a problem for the clerk.
 */
export function classifyRow(layout: StatementLayout, cells: readonly string[], dateOk: boolean): RowKind {
  const cell = (i: number | null) => (i === null ? "" : (cells[i] ?? "").trim());
  const credit = cell(layout.credit);
  const debit = cell(layout.debit);
  const amount = cell(layout.amount);
  const words = cells.some((c) => SUMMARY_WORDS.test(c));
  if (!dateOk) {
    const anyAmount = [credit, debit, amount].some((a) => parseFen(a) !== null);
    return words || !anyAmount ? { kind: "summary" } : { kind: "problem", problem: "date" };
  }
  const creditFen = parseFen(credit);
  const debitFen = parseFen(debit);
  if (creditFen !== null && creditFen > 0) return { kind: "incoming", amountFen: creditFen };
  if (debitFen !== null && debitFen !== 0) return { kind: "outgoing" };
  if (layout.amount !== null) {
    const fen = parseFen(amount);
    if (fen === null) return credit || debit || amount ? { kind: "problem", problem: "amount" } : { kind: "outgoing" };
    if (fen <= 0 || OUTGOING_MARK.test(cell(layout.direction))) return { kind: "outgoing" };
    return { kind: "incoming", amountFen: fen };
  }
  if (creditFen === null && credit) return { kind: "problem", problem: "amount" };
  // Credit column empty or zero, debit column empty or zero: nothing came in.
  return { kind: "outgoing" };
}
