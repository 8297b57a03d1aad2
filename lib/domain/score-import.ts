import { parseTicketNumber } from "./ticket-number";

/**
 * Reading a results sheet (八 "实行百分制，成绩达60分（含）以上者为合格"). The sheet comes from
 * the computer-based exam system or is typed by staff in Excel: one row per candidate with the
 * ticket number and the score, or 缺考 for someone who did not sit. Every problem is collected
 * (not just the first), so staff fix the sheet once; the server imports nothing while any remain.
 */

export const PASS_MARK = 60;
export const MAX_SCORE = 100;
/** A batch seats a few hundred; a bigger sheet is the wrong file. */
export const MAX_SCORE_ROWS = 5000;

export function isPass(result: { score: number | null; absent: boolean }): boolean {
  return !result.absent && result.score !== null && result.score >= PASS_MARK;
}

export type ScoreIssue =
  | "header-missing"
  | "too-many-rows"
  | "empty"
  | "ticket-missing"
  | "ticket-format"
  | "ticket-checksum"
  | "ticket-duplicate"
  | "score-missing"
  | "score-not-number"
  | "score-not-integer"
  | "score-out-of-range"
  | "score-and-absent"
  // Found by the server against the database, listed the same way:
  | "ticket-unknown"
  | "ticket-not-in-batch"
  | "not-confirmed"
  | "notice-published"
  | "name-mismatch";

export interface ScoreProblem {
  /** Row number as the spreadsheet shows it (the header is row 1); 0 for the whole file. */
  line: number;
  issue: ScoreIssue;
  /** What the cell said, to show beside the message. */
  value?: string;
}

export interface ScoreRow {
  line: number;
  ticketNumber: string;
  score: number | null;
  absent: boolean;
  /** When the sheet has a 姓名 column: checked against the candidate, catching shifted rows. */
  name: string | null;
}

export type ScoreSheetResult = { ok: true; rows: ScoreRow[] } | { ok: false; problems: ScoreProblem[] };

const ABSENT_WORDS = new Set(["缺考", "缺", "缺席", "absent", "abs"]);
const YES_WORDS = new Set(["是", "y", "yes", "true", "1", "√", "✓", "缺考"]);

/** Full-width digits and letters (from a Chinese IME) to ASCII; trims. */
export function normalizeCell(value: string): string {
  return value
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .trim();
}

interface Columns {
  ticket: number;
  score: number;
  absent: number | null;
  name: number | null;
}

function findColumns(header: string[]): Columns | null {
  const find = (pattern: RegExp) => {
    const i = header.findIndex((cell) => pattern.test(normalizeCell(cell)));
    return i < 0 ? null : i;
  };
  const ticket = find(/准考证|ticket/i);
  const score = find(/成绩|分数|得分|score/i);
  if (ticket === null || score === null) return null;
  return { ticket, score, absent: find(/^(是否)?缺考|absent/i), name: find(/姓名|name/i) };
}

type ScoreCell = { ok: true; score: number | null; absent: boolean } | { ok: false; issue: ScoreIssue };

function readScore(raw: string, absentFlag: string): ScoreCell {
  const text = normalizeCell(raw);
  const flagged = YES_WORDS.has(normalizeCell(absentFlag).toLowerCase());
  if (ABSENT_WORDS.has(text.toLowerCase())) return { ok: true, score: null, absent: true };
  if (text === "") return flagged ? { ok: true, score: null, absent: true } : { ok: false, issue: "score-missing" };
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return { ok: false, issue: "score-not-number" };
  const value = Number(text);
  if (!Number.isInteger(value)) return { ok: false, issue: "score-not-integer" };
  if (value < 0 || value > MAX_SCORE) return { ok: false, issue: "score-out-of-range" };
  if (flagged) return { ok: false, issue: "score-and-absent" };
  return { ok: true, score: value, absent: false };
}

/**
 * `table` is the sheet as text cells, first row first. A header row naming 准考证号 and 成绩 is
 * looked for in the first row; without one, column A is the ticket number and B the score.
 */
export function parseScoreSheet(table: readonly (readonly string[])[]): ScoreSheetResult {
  const isBlank = (row: readonly string[]) => row.every((cell) => normalizeCell(cell) === "");
  const firstIndex = table.findIndex((row) => !isBlank(row));
  if (firstIndex < 0) return { ok: false, problems: [{ line: 0, issue: "empty" }] };
  const first = table[firstIndex]!.map(String);
  const header = findColumns(first);
  const headerless = !header && parseTicketNumber(normalizeCell(first[0] ?? "")).ok;
  if (!header && !headerless) return { ok: false, problems: [{ line: firstIndex + 1, issue: "header-missing" }] };
  const columns: Columns = header ?? { ticket: 0, score: 1, absent: null, name: null };
  const start = header ? firstIndex + 1 : firstIndex;
  const body = table.slice(start).map((cells, i) => ({ line: start + i + 1, cells }));
  const rows = body.filter((r) => !isBlank(r.cells));
  if (rows.length > MAX_SCORE_ROWS)
    return { ok: false, problems: [{ line: 0, issue: "too-many-rows", value: String(rows.length) }] };
  if (rows.length === 0) return { ok: false, problems: [{ line: 0, issue: "empty" }] };

  const problems: ScoreProblem[] = [];
  const parsed: ScoreRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const cell = (i: number | null) => (i === null ? "" : String(cells[i] ?? ""));
    const rawTicket = normalizeCell(cell(columns.ticket));
    const rawScore = cell(columns.score);
    const problem = (issue: ScoreIssue, value: string) => problems.push({ line, issue, value });
    if (rawTicket === "") {
      problem("ticket-missing", normalizeCell(rawScore));
      continue;
    }
    const ticket = parseTicketNumber(rawTicket);
    if (!ticket.ok) {
      problem(ticket.error === "checksum" ? "ticket-checksum" : "ticket-format", rawTicket);
      continue;
    }
    const number = ticket.value.ticketNumber;
    if (seen.has(number)) {
      problem("ticket-duplicate", number);
      continue;
    }
    seen.set(number, line);
    const score = readScore(rawScore, cell(columns.absent));
    if (!score.ok) {
      problem(score.issue, normalizeCell(rawScore));
      continue;
    }
    const name = columns.name === null ? null : normalizeCell(cell(columns.name)) || null;
    parsed.push({ line, ticketNumber: number, score: score.score, absent: score.absent, name });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: parsed };
}
