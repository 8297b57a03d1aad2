/**
 * The limits of the public, unauthenticated actions in one place (issue 10). Each is claimed with
 * claimLimit() before the work it protects runs. Login and its second step keep theirs in
 * lib/server/auth/login-limits.ts.
 */
export interface LimitSpec {
  limit: number;
  windowMs: number;
}

const MINUTE = 60 * 1000;

/** Sign-up attempts per client address (h2's sign-up use case claims this before hashing anything). */
export const SIGNUP_LIMIT: LimitSpec = { limit: 10, windowMs: 60 * MINUTE };
export const signupKey = (ip: string) => `signup:ip:${ip}`;

/** The current-password check of "change password", per account. */
export const PASSWORD_CHANGE_LIMIT: LimitSpec = { limit: 5, windowMs: 15 * MINUTE };
export const passwordChangeKey = (userId: string) => `password-change:acct:${userId}`;
