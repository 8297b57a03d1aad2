/**
 * 五(二): amounts written in a payment note, read as amounts. The notice's own template ends
 * 「金额为XXX元。」, and people write the fee as 150, 150.00, 150元, ¥150, 一百五十元 or in the
 * bank's capitals 壹佰伍拾元; all are 15000 fen, and 1500 is not. Money is integer fen.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const MYRIADS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };
const NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(UNITS), ...Object.keys(MYRIADS)].join("");

/** 一百五十 → 150, 十五 → 15, 一五零 → 150 (digit by digit); null when it is not a number. */
export function parseChineseInteger(text: string): number | null {
  if (text.length === 0) return null;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) {
    return chars.length === 1 || chars[0] !== "零" ? Number(chars.map((c) => DIGITS[c]).join("")) : null;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row without a unit
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      section += (digit ?? 1) * UNITS[c]!;
      digit = null;
    } else if (c in MYRIADS) {
      total = (total + section + (digit ?? 0)) * MYRIADS[c]!;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

// Not a piece of a longer number, a date (2025-05-24, 5月24日) or a time.
const ARABIC = /(?<!\d|\d[.,]|[-/:])[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?!\d|[.,]\d|[-/:年月日号時时分])/gu;
const CHINESE = new RegExp(
  `([${NUMERAL_CHARS}]+)[元圆圓](?:([${Object.keys(DIGITS).join("")}])角)?(?:([${Object.keys(DIGITS).join("")}])分)?`,
  "gu",
);

/** Every amount the text mentions, in fen, in order of appearance (Arabic first, then Chinese). */
export function amountsInText(text: string): number[] {
  const normalized = text.normalize("NFKC");
  const found: number[] = [];
  for (const m of normalized.matchAll(ARABIC)) {
    const yuan = Number(m[1]!.replace(/,/g, ""));
    if (!Number.isSafeInteger(yuan)) continue;
    found.push(yuan * 100 + Number((m[2] ?? "").padEnd(2, "0")));
  }
  for (const m of normalized.matchAll(CHINESE)) {
    const yuan = parseChineseInteger(m[1]!);
    if (yuan === null) continue;
    found.push(yuan * 100 + (m[2] ? DIGITS[m[2]]! * 10 : 0) + (m[3] ? DIGITS[m[3]]! : 0));
  }
  return found;
}

/** True when the note names this amount (in any of the ways above). */
export function mentionsAmount(note: string, fen: number): boolean {
  return amountsInText(note).includes(fen);
}

/**
 * A free-text reason put inside a sentence of a message: without its own closing punctuation,
 * so 「…：金额不符。请…」 never becomes 「…：金额不符。。请…」.
 */
export function asClause(reason: string): string {
  return reason.trim().replace(/[\s。．.！!；;，,、]+$/u, "");
}
