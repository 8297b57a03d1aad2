/**
 * Issue 16 item 7 (ADR 123): amounts, dates and times in the reader's language, in one place.
 * Always Beijing time (the notice's days and the exam's times are Beijing's), whatever the
 * server's or the browser's zone; pure (Intl only) so server and client components share it.
 * next-intl's own formatter is configured with the same zone (i18n/request.ts).
 */
export const TIME_ZONE = "Asia/Shanghai";

const english = (locale: string) => locale === "en";

/** Fees are integer fen. Chinese pages keep 「150.00 元」; English reads "CNY 150.00". */
export function formatMoney(fen: number, locale: string): string {
  const yuan = fen / 100;
  if (!english(locale)) return `${yuan.toFixed(2)} 元`;
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: "CNY", currencyDisplay: "code" })
    .format(yuan)
    .replace(/\u00a0/g, " ");
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(english(locale) ? "en-GB" : "zh-CN", { timeZone: TIME_ZONE, hour12: false, ...options });
    cache.set(key, found);
  }
  return found;
}

const at = (instant: Date | string) => (typeof instant === "string" ? new Date(instant) : instant);

/** Date and time of an instant: 「2025/05/08 10:00」, "08 May 2025, 10:00". */
export function formatDateTime(instant: Date | string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = english(locale)
    ? { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit" }
    : { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" };
  return formatter(locale, options).format(at(instant));
}

/** With seconds, for logs where the order within a minute matters (the outbox). */
export function formatDateTimeSeconds(instant: Date | string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = english(locale)
    ? { year: "numeric", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }
    : { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" };
  return formatter(locale, options).format(at(instant));
}

/** The Beijing day of an instant: 「2025/05/08」, "08 May 2025". */
export function formatDay(instant: Date | string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = english(locale)
    ? { year: "numeric", month: "short", day: "2-digit" }
    : { year: "numeric", month: "2-digit", day: "2-digit" };
  return formatter(locale, options).format(at(instant));
}

/** The Beijing time of day: 「10:00」. */
export function formatTime(instant: Date | string, locale: string): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit" }).format(at(instant));
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The one machine format, the same in every language: `YYYY-MM-DD HH:mm` in Beijing time (UTC+8,
 * no daylight saving). For what leaves the page as data: exports, logs, audit rows and the text
 * stored with them. A page shows an instant with `formatDateTime` (lint refuses
 * `toLocale*String` in app/ and components/).
 */
export function formatBeijingIso(instant: Date | string): string {
  return new Date(at(instant).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** Between the items of a list: 「、」 in Chinese, ", " in English. */
export function listSeparator(locale: string): string {
  return english(locale) ? ", " : "、";
}
