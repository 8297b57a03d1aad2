/**
 * The limits of the public, unauthenticated actions in one place (issue 10). Each is claimed with
 * claimLimit() before the work it protects runs; sign-up and the one-time codes keep theirs in
 * lib/server/accounts/request-sign-up-code.ts and lib/server/otp/. Login and its second step keep theirs in
 * lib/server/auth/login-limits.ts.
 */
export interface LimitSpec {
  limit: number;
  windowMs: number;
}

const MINUTE = 60 * 1000;

/** The current-password check of "change password", per account. */
export const PASSWORD_CHANGE_LIMIT: LimitSpec = { limit: 5, windowMs: 15 * MINUTE };
export const passwordChangeKey = (userId: string) => `password-change:acct:${userId}`;
