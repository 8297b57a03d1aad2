/**
 * Normalized the same way when stored (totp-enrollment.ts) and when typed at login (totp-login.ts);
 * a file of its own so the login path (auth.ts) does not import enrollment, which imports the session.
 */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}
