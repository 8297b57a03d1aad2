import { dammCheckDigit, hasValidDammCheckDigit } from "./ticket-number";

/**
 * Certificate numbers (证书编号) for 专项职业能力证书 (九). The notice does not define a format;
 * ADR 005 records this one: `SC YYYY PP SSSSS C`, "SC" plus 12 digits.
 *
 * - SC: Sichuan, so a number read aloud or pasted elsewhere is recognisable as ours;
 * - YYYY: the year of the exam, in full: a certificate is kept for life, so the century matters;
 * - PP: the project's number in 附件1;
 * - SSSSS: the certificate's number within that project and year (up to 99,999);
 * - C: a Damm check digit over the 11 digits before it (the same scheme as ticket numbers),
 *   so that a number typed into the verification page with one slip is refused, not matched.
 */

export interface CertificateNumberParts {
  /** Full year of the exam, 2000–2099. */
  year: number;
  /** 1–99. */
  projectSeq: number;
  /** 1–99999. */
  sequence: number;
}

export interface ParsedCertificateNumber extends CertificateNumberParts {
  /** Canonical form: "SC" and 12 digits. */
  certificateNumber: string;
}

export type CertificateNumberError = "format" | "checksum";

export type CertificateNumberResult = { ok: true; value: ParsedCertificateNumber } | { ok: false; error: CertificateNumberError };

export const CERTIFICATE_PREFIX = "SC";

function assertIntIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in ${min}–${max}, got ${value}`);
  }
}

/** Throws RangeError on out-of-range parts: a caller allocating numbers has a bug, not a user. */
export function formatCertificateNumber({ year, projectSeq, sequence }: CertificateNumberParts): string {
  assertIntIn("year", year, 2000, 2099);
  assertIntIn("projectSeq", projectSeq, 1, 99);
  assertIntIn("sequence", sequence, 1, 99999);
  const body = String(year) + String(projectSeq).padStart(2, "0") + String(sequence).padStart(5, "0");
  return CERTIFICATE_PREFIX + body + dammCheckDigit(body);
}

/** Accepts lower-case "sc", spaces and hyphens, full-width characters from a Chinese IME. */
export function parseCertificateNumber(raw: string): CertificateNumberResult {
  const compact = raw
    .trim()
    // Full-width ASCII (U+FF01–FF5E) to ASCII: ＳＣ２０２５… is what some IMEs produce.
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, "")
    .toUpperCase();
  if (!/^SC\d{12}$/.test(compact)) return { ok: false, error: "format" };
  const digits = compact.slice(2);
  const year = Number(digits.slice(0, 4));
  const projectSeq = Number(digits.slice(4, 6));
  const sequence = Number(digits.slice(6, 11));
  if (year < 2000 || year > 2099 || projectSeq === 0 || sequence === 0) return { ok: false, error: "format" };
  if (!hasValidDammCheckDigit(digits)) return { ok: false, error: "checksum" };
  return { ok: true, value: { certificateNumber: compact, year, projectSeq, sequence } };
}
