import { isPass } from "./score-import";

/**
 * Correcting a published result (八: objections during the 5-working-day notice; ADR 047). A
 * result is a score out of 100 or 缺考. What a correction does to the certificate (九) follows
 * from the pass mark alone, so it is decided here and the server only carries it out.
 */
export interface ResultValue {
  score: number | null;
  absent: boolean;
}

/**
 * - `revoke`: passed before, not now, and holds a certificate: the certificate goes with the pass.
 * - `issuable`: passes now without a certificate: the usual 补发 gives it a number.
 * - `none`: nothing to do for the certificate.
 */
export type CertificateEffect = "revoke" | "issuable" | "none";

export function certificateEffect(before: ResultValue, after: ResultValue, hasCertificate: boolean): CertificateEffect {
  if (hasCertificate && isPass(before) && !isPass(after)) return "revoke";
  if (!hasCertificate && isPass(after)) return "issuable";
  return "none";
}

export function sameResult(a: ResultValue, b: ResultValue): boolean {
  return a.absent === b.absent && (a.absent || a.score === b.score);
}

/** The value a form carries for "the result I saw": `absent` or the score. */
export function encodeResult(result: ResultValue): string {
  return result.absent ? "absent" : String(result.score ?? "");
}

export function decodeResult(value: string): ResultValue | null {
  if (value === "absent") return { score: null, absent: true };
  if (!/^\d{1,3}$/.test(value)) return null;
  const score = Number(value);
  return score <= 100 ? { score, absent: false } : null;
}

/** As the notice and the inbox say it: "72分（合格）", "45分（不合格）", "缺考"; in English "72 (pass)". */
export function describeResult(result: ResultValue, locale = "zh-CN"): string {
  const en = locale === "en";
  if (result.absent || result.score === null) return en ? "absent" : "缺考";
  if (en) return `${result.score} (${isPass(result) ? "pass" : "fail"})`;
  return `${result.score}分（${isPass(result) ? "合格" : "不合格"}）`;
}
