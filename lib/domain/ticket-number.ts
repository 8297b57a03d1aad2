/**
 * Admission ticket numbers (准考证号). The notice (六) does not define a format; ADR 005 records
 * this one: `YY BB PP SSSS C`, 11 digits.
 *
 * - YY: the batch's year mod 100 (a ticket lives for weeks, the century is never in doubt);
 * - BB: the batch's number in that year (三: 11 batches in 2025);
 * - PP: the project's number in 附件1 (1–21);
 * - SSSS: the candidate's number within that plan (up to 9,999; a plan seats far fewer);
 * - C: a Damm check digit, so that a number typed at check-in with one wrong digit or two
 *   swapped neighbours is refused instead of finding someone else's ticket.
 *
 * The stored and encoded form is the 11 digits; people read it grouped ("2505 01 0001 9").
 */

export interface TicketNumberParts {
  /** Full year, 2000–2099. */
  year: number;
  /** 1–99. */
  batchSeq: number;
  /** 1–99. */
  projectSeq: number;
  /** 1–9999. */
  sequence: number;
}

export interface ParsedTicketNumber extends TicketNumberParts {
  /** Canonical 11 digits. */
  ticketNumber: string;
}

export type TicketNumberError = "format" | "checksum";

export type TicketNumberResult = { ok: true; value: ParsedTicketNumber } | { ok: false; error: TicketNumberError };

// The totally anti-symmetric quasigroup of order 10 from Damm's thesis (2004). Because every
// row and column is a permutation and (c∗x)∗y ≠ (c∗y)∗x for x ≠ y, the check digit detects
// every single-digit error and every adjacent transposition, with one decimal digit.
const DAMM_TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** Damm check digit of a string of decimal digits; shared with certificate numbers. */
export function dammCheckDigit(digits: string): string {
  if (!/^\d*$/.test(digits)) throw new RangeError(`expected decimal digits, got "${digits}"`);
  let interim = 0;
  for (const ch of digits) interim = DAMM_TABLE[interim]?.[Number(ch)] ?? 0;
  return String(interim);
}

/** True when the last digit is the Damm check digit of the others (the interim ends at 0). */
export function hasValidDammCheckDigit(digits: string): boolean {
  return digits.length >= 2 && dammCheckDigit(digits) === "0";
}

function assertIntIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in ${min}–${max}, got ${value}`);
  }
}

/** Throws RangeError on out-of-range parts: a caller allocating numbers has a bug, not a user. */
export function formatTicketNumber({ year, batchSeq, projectSeq, sequence }: TicketNumberParts): string {
  assertIntIn("year", year, 2000, 2099);
  assertIntIn("batchSeq", batchSeq, 1, 99);
  assertIntIn("projectSeq", projectSeq, 1, 99);
  assertIntIn("sequence", sequence, 1, 9999);
  const body =
    String(year % 100).padStart(2, "0") +
    String(batchSeq).padStart(2, "0") +
    String(projectSeq).padStart(2, "0") +
    String(sequence).padStart(4, "0");
  return body + dammCheckDigit(body);
}

/**
 * Accepts what people type or scanners send: spaces and hyphens between digits (the printed
 * grouping), full-width characters from a Chinese IME. Zero parts are a format error: no ticket
 * is ever issued with them.
 */
export function parseTicketNumber(raw: string): TicketNumberResult {
  const compact = raw
    .trim()
    // Full-width ASCII (U+FF01–FF5E) to ASCII: ２５０５… is what some IMEs produce.
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, "");
  if (!/^\d{11}$/.test(compact)) return { ok: false, error: "format" };
  const batchSeq = Number(compact.slice(2, 4));
  const projectSeq = Number(compact.slice(4, 6));
  const sequence = Number(compact.slice(6, 10));
  if (batchSeq === 0 || projectSeq === 0 || sequence === 0) return { ok: false, error: "format" };
  if (!hasValidDammCheckDigit(compact)) return { ok: false, error: "checksum" };
  return {
    ok: true,
    value: { ticketNumber: compact, year: 2000 + Number(compact.slice(0, 2)), batchSeq, projectSeq, sequence },
  };
}

/** "25050100019" → "2505 01 0001 9": year+batch, project, sequence, check, as printed. */
export function displayTicketNumber(ticketNumber: string): string {
  if (!/^\d{11}$/.test(ticketNumber)) return ticketNumber;
  return `${ticketNumber.slice(0, 4)} ${ticketNumber.slice(4, 6)} ${ticketNumber.slice(6, 10)} ${ticketNumber.slice(10)}`;
}
