/**
 * 统一社会信用代码 (GB 32100-2015), asked of an organisation applying to become a registration
 * institution (四(一)1, issue 13 item 8): 18 characters from 0–9 and 21 capital letters (no I, O,
 * Z, S, V); the last is a check character over the first 17 with weights 3^i mod 31.
 */
const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The code as typed, upper case, spaces and full-width forms dropped. */
export function normalizeCreditCode(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** The check character of the first 17 characters, or null if one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARS.indexOf(first17[i] ?? "");
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARS[(31 - (sum % 31)) % 31] ?? null;
}

export function isValidCreditCode(raw: string): boolean {
  const code = normalizeCreditCode(raw);
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
