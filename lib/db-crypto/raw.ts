import { encryptText } from "./envelope";
import { TEXT_FIELDS } from "./fields";
import { hashOf } from "./transform";

/**
 * For raw SQL (ADR 057): the extension encrypts Prisma's writes and rewrites its filters, but a
 * `$executeRaw` INSERT or a `WHERE "idNumber" = …` in raw SQL must do it itself with these.
 * Reads need nothing: raw rows are decrypted when their columns keep the field names.
 */

/** HMAC of an ID number, as in Candidate.idNumberHash. */
export function idNumberHash(idNumber: string): string {
  return hashOf(TEXT_FIELDS.Candidate!.idNumber!.hash!.domain, idNumber);
}

export function idNumberHashes(idNumbers: readonly string[]): string[] {
  return idNumbers.map(idNumberHash);
}

/** HMAC of a full name, as in Candidate.nameHash. */
export function nameHash(name: string): string {
  return hashOf(TEXT_FIELDS.Candidate!.name!.hash!.domain, name);
}

/** HMAC of a login, as in User.loginHash. */
export function loginHash(login: string): string {
  return hashOf(TEXT_FIELDS.User!.login!.hash!.domain, login);
}

/** HMAC of a mobile number, as in SmsMessage.toHash (the development provider's log). */
export function mobileHash(mobile: string): string {
  return hashOf(TEXT_FIELDS.SmsMessage!.to!.hash!.domain, mobile);
}

/** The envelope of a value to store (null stays null). */
export function seal(value: string): string;
export function seal(value: string | null): string | null;
export function seal(value: string | null): string | null {
  return value === null ? null : encryptText(value);
}

const PERSONAL_TOKEN = /(?<![\dA-Za-z])(?:\d{17}[\dXx]|1\d{10})(?![\dA-Za-z])/g;

/**
 * A rate-limit key as stored: ID numbers and mobiles in it (`login:account:<ID number>`,
 * `ticket-lookup:id:<ID number>`) become `h:<HMAC>`, the rest stays readable. Same key in, same
 * row; no personal data in the RateLimit table.
 */
export function rateLimitKey(key: string): string {
  return key.replace(PERSONAL_TOKEN, (token) => `h:${hashOf("rateLimit", token.toUpperCase()).slice(0, 32)}`);
}
