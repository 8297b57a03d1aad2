/**
 * Failed-login limits (issue 3, ASVS 2.2.1; issue 10, ADR 054). Every attempt is claimed before
 * argon2 runs (lib/server/rate-limit/claim-limit.ts); a successful login gives its claims back,
 * so what stays counted are failures and attempts still in flight.
 *
 * - per account *and* address: tight, so a stranger elsewhere cannot lock a candidate out;
 * - per address: slows one who sprays passwords over many accounts;
 * - per account: past it the password *alone* no longer opens the account (it is "protected"):
 *   a candidate logs in with a one-time code sent to the verified mobile, staff and institution
 *   users with password + their second factor. The owner is never locked out flat.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LIMITS = {
  accountAndIp: 5,
  account: 30,
  ip: 50,
} as const;

/** Second-step codes per account, whoever types them (the right password alone must not reset it). */
export const TOTP_LIMIT = 5;
export const TOTP_WINDOW_MS = 15 * 60 * 1000;

export function loginKeys(login: string, ip: string) {
  const account = login;
  return {
    accountAndIp: `login:acct-ip:${account}:${ip}`,
    account: `login:acct:${account}`,
    ip: `login:ip:${ip}`,
  };
}

/** A login name for the audit table: an ID number masked like everywhere else, a username cut short. */
export function maskLogin(login: string): string {
  const value = login.trim();
  if (/^\d{17}[\dX]$/i.test(value)) return value.slice(0, 3) + "*".repeat(11) + value.slice(-4);
  if (value.length <= 2) return "*".repeat(value.length);
  return value.slice(0, 2) + "*".repeat(Math.min(value.length - 2, 6));
}
