import "server-only";
import { dayOfWeek, isoDateParts } from "@/lib/domain/iso-date";

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"] as const;

/** "2025-05-17" → "2025年5月17日（星期六）": how the notice (三) writes exam days. */
export function chineseDate(isoDate: string, withWeekday = true): string {
  const { year, month, day } = isoDateParts(isoDate);
  const date = `${year}年${month}月${day}日`;
  return withWeekday ? `${date}（星期${WEEKDAYS[dayOfWeek(isoDate)] ?? ""}）` : date;
}

/**
 * Printed documents leave the building (tickets are handed out by institutions, sign-in sheets
 * lie on a desk), so they carry masked ID numbers only. A full 18-character number reaching a
 * renderer is a bug upstream: fail loudly instead of printing it 1,000 times.
 */
export function assertMaskedIdNumber(value: string): void {
  if (!value.includes("*") || /\d{15}/.test(value)) {
    throw new RangeError("documents print masked ID numbers only (lib/domain/id-number maskIdNumber)");
  }
}

/** `https://host/base/` + "/verify/ticket" → one slash; refuses anything but http(s). */
export function verificationUrl(baseUrl: string, kind: "ticket" | "certificate", token: string): string {
  const base = new URL(baseUrl);
  if (base.protocol !== "https:" && base.protocol !== "http:") {
    throw new RangeError(`verification base URL must be http(s): ${baseUrl}`);
  }
  const root = base.href.replace(/\/+$/, "");
  return `${root}/verify/${kind}?token=${encodeURIComponent(token)}`;
}
