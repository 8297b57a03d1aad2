import { describe, expect, it } from "vitest";
import {
  dammCheckDigit,
  displayTicketNumber,
  formatTicketNumber,
  hasValidDammCheckDigit,
  parseTicketNumber,
} from "./ticket-number";

// Worked by hand through the Damm table: 2→1, 5→5, 0→3, 5→8, 0→9, 1→5, 0→3, 0→1, 0→7, 1→9.
const BATCH5_PROJECT1_FIRST = "25050100019";

function mutations(n: string): { substitutions: string[]; transpositions: string[] } {
  const substitutions: string[] = [];
  const transpositions: string[] = [];
  for (let i = 0; i < n.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== n[i]) substitutions.push(n.slice(0, i) + String(d) + n.slice(i + 1));
    }
    const a = n[i];
    const b = n[i + 1];
    if (b !== undefined && a !== undefined && a !== b) transpositions.push(n.slice(0, i) + b + a + n.slice(i + 2));
  }
  return { substitutions, transpositions };
}

describe("ticket-number: 六 准考证号 (format of ADR 005)", () => {
  it("formats year, batch, project and sequence as YY BB PP SSSS plus a Damm check digit", () => {
    expect(formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 1, sequence: 1 })).toBe(BATCH5_PROJECT1_FIRST);
    expect(formatTicketNumber({ year: 2025, batchSeq: 11, projectSeq: 21, sequence: 9999 })).toMatch(/^2511219999\d$/);
    expect(formatTicketNumber({ year: 2100 - 1, batchSeq: 99, projectSeq: 99, sequence: 9999 })).toMatch(/^9999999999\d$/);
    expect(formatTicketNumber({ year: 2000, batchSeq: 1, projectSeq: 1, sequence: 1 })).toMatch(/^0001010001\d$/);
  });

  it("matches the published Damm example (572 → 4)", () => {
    expect(dammCheckDigit("572")).toBe("4");
    expect(hasValidDammCheckDigit("5724")).toBe(true);
    expect(hasValidDammCheckDigit("5723")).toBe(false);
    expect(hasValidDammCheckDigit("0")).toBe(false);
    expect(() => dammCheckDigit("57a")).toThrow(RangeError);
  });

  it("refuses parts outside their fields, since a silent overflow would collide with another plan", () => {
    const ok = { year: 2025, batchSeq: 1, projectSeq: 1, sequence: 1 };
    for (const bad of [
      { ...ok, year: 1999 },
      { ...ok, year: 2100 },
      { ...ok, year: 2025.5 },
      { ...ok, batchSeq: 0 },
      { ...ok, batchSeq: 100 },
      { ...ok, projectSeq: 0 },
      { ...ok, projectSeq: 100 },
      { ...ok, sequence: 0 },
      { ...ok, sequence: 10000 },
      { ...ok, sequence: Number.NaN },
    ]) {
      expect(() => formatTicketNumber(bad)).toThrow(RangeError);
    }
  });

  it("round-trips every sequence number of a plan", () => {
    // Collected and compared once: 10,000 expect() calls would dominate the run time.
    const failures: string[] = [];
    const seen = new Set<string>();
    for (let sequence = 1; sequence <= 9999; sequence++) {
      const n = formatTicketNumber({ year: 2025, batchSeq: 3, projectSeq: 14, sequence });
      seen.add(n);
      const r = parseTicketNumber(n);
      const v = r.ok ? r.value : undefined;
      if (
        n.length !== 11 ||
        v?.ticketNumber !== n ||
        v.year !== 2025 ||
        v.batchSeq !== 3 ||
        v.projectSeq !== 14 ||
        v.sequence !== sequence
      ) {
        failures.push(n);
      }
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBe(9999);
  });

  it("accepts the printed grouping, hyphens, surrounding space and full-width digits", () => {
    const expected = {
      ok: true,
      value: { ticketNumber: BATCH5_PROJECT1_FIRST, year: 2025, batchSeq: 5, projectSeq: 1, sequence: 1 },
    };
    expect(parseTicketNumber(" 2505 01 0001 9 ")).toEqual(expected);
    expect(parseTicketNumber("2505-01-0001-9")).toEqual(expected);
    expect(parseTicketNumber("２５０５０１０００１９")).toEqual(expected);
    expect(parseTicketNumber("2505\u300001\u30000001\u30009")).toEqual(expected);
  });

  it("reports malformed input as format, not checksum", () => {
    for (const s of ["", "2505010001", "250501000190", "2505O100019", "25 05 01 00 01 9x", "+5050100019"]) {
      expect(parseTicketNumber(s)).toEqual({ ok: false, error: "format" });
    }
    // Zero batch, project or sequence fields are never issued.
    for (const body of ["2500010001", "2505000001", "2505010000"]) {
      expect(parseTicketNumber(body + dammCheckDigit(body))).toEqual({ ok: false, error: "format" });
    }
  });

  it("refuses every single-digit typo and every swap of neighbours in a range of real numbers", () => {
    let checked = 0;
    for (const batchSeq of [1, 6, 11]) {
      for (const projectSeq of [1, 9, 15, 21]) {
        for (const sequence of [1, 10, 99, 500, 1234, 9090, 9999]) {
          const n = formatTicketNumber({ year: 2025, batchSeq, projectSeq, sequence });
          const { substitutions, transpositions } = mutations(n);
          for (const m of [...substitutions, ...transpositions]) {
            expect(parseTicketNumber(m).ok, `${n} → ${m}`).toBe(false);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(8000);
  });

  it("the Damm table has the properties the choice rests on, so the guarantee holds for all numbers", () => {
    // Every row is a permutation (a substitution changes the interim digit, and the rest of the
    // number maps different interims to different ones), and (c∗x)∗y ≠ (c∗y)∗x for x ≠ y
    // (an adjacent swap changes the interim). Checked through dammCheckDigit on all cases.
    for (let c = 0; c <= 9; c++) {
      // An interim digit c is reached by the one-digit prefix whose check digit is c.
      const prefix = [..."0123456789"].find((x) => dammCheckDigit(x) === String(c));
      if (prefix === undefined) throw new Error(`interim ${c} unreachable`);
      const seen = new Set<string>();
      for (let x = 0; x <= 9; x++) seen.add(dammCheckDigit(prefix + String(x)));
      expect(seen.size).toBe(10);
      for (let x = 0; x <= 9; x++) {
        for (let y = 0; y <= 9; y++) {
          if (x === y) continue;
          expect(dammCheckDigit(`${prefix}${x}${y}`)).not.toBe(dammCheckDigit(`${prefix}${y}${x}`));
        }
      }
    }
  });

  it("groups the canonical number for print and leaves anything else alone", () => {
    expect(displayTicketNumber(BATCH5_PROJECT1_FIRST)).toBe("2505 01 0001 9");
    expect(displayTicketNumber("abc")).toBe("abc");
  });
});
