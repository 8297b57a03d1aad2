import { isIsoDate, isoDateParts } from "./iso-date";
import type { IsoDate } from "./types";

/**
 * Resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd for men), ISO 7064 MOD 11-2 check character. The portal keys candidates by this number
 * and derives the legal working age (附件1) from its birth date, so it is checked strictly.
 */

export type Sex = "male" | "female";

export interface ParsedIdNumber {
  /** Trimmed, with a lower-case check `x` raised to `X`, so one person has one spelling. */
  idNumber: string;
  birthDate: IsoDate;
  sex: Sex;
  /** Administrative division at issue; not checked against a region table (codes change over time). */
  regionCode: string;
}

export type IdNumberError = "format" | "birth-date" | "future-birth-date" | "checksum";

export type IdNumberResult = { ok: true; value: ParsedIdNumber } | { ok: false; error: IdNumberError };

/** 达到法定劳动年龄: 16 under the Labour Law, art. 15. */
export const LEGAL_WORKING_AGE = 16;

/** Nobody born before this is alive to apply; an earlier year means a typing error. */
const EARLIEST_BIRTH_YEAR = 1900;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? "";
}

/** Builds a valid number from 17 digits: for tests, demo data and seeds. */
export function withCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits, got "${first17}"`);
  return first17 + checkChar(first17);
}

/**
 * Errors are reported in the order a person can fix them: shape, then the birth date they can
 * see in the number, then the check character (usually one mistyped digit).
 */
export function parseIdNumber(raw: string, today: IsoDate): IdNumberResult {
  const trimmed = raw.trim();
  if (!/^\d{17}[\dXx]$/.test(trimmed)) return { ok: false, error: "format" };
  const idNumber = trimmed.toUpperCase();

  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isIsoDate(birthDate) || Number(idNumber.slice(6, 10)) < EARLIEST_BIRTH_YEAR) {
    return { ok: false, error: "birth-date" };
  }
  // ISO days compare correctly as strings.
  if (birthDate > today) return { ok: false, error: "future-birth-date" };

  if (checkChar(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, error: "checksum" };

  return {
    ok: true,
    value: {
      idNumber,
      birthDate,
      sex: Number(idNumber[16]) % 2 === 1 ? "male" : "female",
      regionCode: idNumber.slice(0, 6),
    },
  };
}

/**
 * Age in full years on `day`. A person born on 29 February turns a year older on 1 March in a
 * common year, because 28 February is still before their birthday.
 */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const birth = isoDateParts(birthDate);
  const on = isoDateParts(day);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/** `510***********123X`: enough to recognise one's own number in a public list, not to reuse it. */
export function maskIdNumber(id: string): string {
  const value = id.trim();
  if (value.length <= 7) return "*".repeat(value.length);
  return value.slice(0, 3) + "*".repeat(value.length - 7) + value.slice(-4);
}

const ID_NUMBER_IN_TEXT = /\b\d{17}[\dXx]\b/g;

/** Any 18-character ID number inside free text (an audit value, a mail server's reply) masked. */
export function maskIdNumbersIn(text: string): string {
  return text.replace(ID_NUMBER_IN_TEXT, (id) => maskIdNumber(id));
}

/**
 * 张* / 张*三 / 欧**娜, as Chinese result lists (成绩公示, 八) usually print names. Works on
 * code points so rare characters outside the BMP count as one. A one-character name is
 * masked entirely, since keeping it would keep all of it.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*".repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
