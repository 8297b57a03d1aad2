import { describe, expect, it } from "vitest";
import { formatCertificateNumber, parseCertificateNumber } from "./certificate-number";
import { dammCheckDigit } from "./ticket-number";

// Damm over 20251400123 worked by hand: 2→1, 0→7, 2→9, 5→3, 1→7, 4→5, 0→3, 0→1, 1→0, 2→1, 3→6.
const PROJECT14_NO123 = "SC202514001236";

describe("certificate-number: 九 证书编号 (format of ADR 005)", () => {
  it("formats SC, the full exam year, project and sequence plus a Damm check digit", () => {
    expect(formatCertificateNumber({ year: 2025, projectSeq: 14, sequence: 123 })).toBe(PROJECT14_NO123);
    expect(formatCertificateNumber({ year: 2025, projectSeq: 1, sequence: 1 })).toMatch(/^SC20250100001\d$/);
    expect(formatCertificateNumber({ year: 2099, projectSeq: 99, sequence: 99999 })).toMatch(/^SC20999999999\d$/);
  });

  it("refuses parts outside their fields", () => {
    const ok = { year: 2025, projectSeq: 1, sequence: 1 };
    for (const bad of [
      { ...ok, year: 1999 },
      { ...ok, year: 2100 },
      { ...ok, projectSeq: 0 },
      { ...ok, projectSeq: 100 },
      { ...ok, projectSeq: 1.5 },
      { ...ok, sequence: 0 },
      { ...ok, sequence: 100000 },
    ]) {
      expect(() => formatCertificateNumber(bad)).toThrow(RangeError);
    }
  });

  it("round-trips every certificate of a project-year up to 20,000", () => {
    const failures: string[] = [];
    for (let sequence = 1; sequence <= 20000; sequence++) {
      const n = formatCertificateNumber({ year: 2025, projectSeq: 21, sequence });
      const r = parseCertificateNumber(n);
      const v = r.ok ? r.value : undefined;
      if (v?.certificateNumber !== n || v.year !== 2025 || v.projectSeq !== 21 || v.sequence !== sequence) failures.push(n);
    }
    expect(failures).toEqual([]);
  });

  it("accepts lower case, spaces, hyphens and full-width input", () => {
    const expected = { ok: true, value: { certificateNumber: PROJECT14_NO123, year: 2025, projectSeq: 14, sequence: 123 } };
    expect(parseCertificateNumber("sc202514001236")).toEqual(expected);
    expect(parseCertificateNumber(" SC 2025 14 00123 6 ")).toEqual(expected);
    expect(parseCertificateNumber("SC-2025-14-00123-6")).toEqual(expected);
    expect(parseCertificateNumber("ＳＣ２０２５１４００１２３６")).toEqual(expected);
  });

  it("reports malformed input as format", () => {
    for (const s of ["", "202514001236", "XX202514001236", "SC20251400123", "SC2025140012360", "SC20251400I236"]) {
      expect(parseCertificateNumber(s)).toEqual({ ok: false, error: "format" });
    }
    for (const body of ["19991400123", "21001400123", "20250000123", "20251400000"]) {
      expect(parseCertificateNumber(`SC${body}${dammCheckDigit(body)}`)).toEqual({ ok: false, error: "format" });
    }
  });

  it("refuses every single-digit typo and every swap of neighbours", () => {
    let checked = 0;
    for (const projectSeq of [1, 7, 14, 21]) {
      for (const sequence of [1, 12, 345, 6789, 10101, 99999]) {
        const n = formatCertificateNumber({ year: 2025, projectSeq, sequence });
        const digits = n.slice(2);
        for (let i = 0; i < digits.length; i++) {
          for (let d = 0; d <= 9; d++) {
            if (String(d) === digits[i]) continue;
            const m = `SC${digits.slice(0, i)}${d}${digits.slice(i + 1)}`;
            expect(parseCertificateNumber(m).ok, `${n} → ${m}`).toBe(false);
            checked++;
          }
          const a = digits[i];
          const b = digits[i + 1];
          if (a !== undefined && b !== undefined && a !== b) {
            const m = `SC${digits.slice(0, i)}${b}${a}${digits.slice(i + 2)}`;
            expect(parseCertificateNumber(m).ok, `${n} → ${m}`).toBe(false);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(2500);
  });
});
