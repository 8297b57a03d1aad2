/**
 * Encryption keys for tests and e2e (ADR 057): fixed, public, never used anywhere else. Two data
 * keys so the read path always knows an older key; `t2` encrypts.
 */
export const TEST_DATA_KEYS = {
  PORTAL_DATA_KEYS: `t2:${Buffer.alloc(32, 2).toString("base64")},t1:${Buffer.alloc(32, 1).toString("base64")}`,
  PORTAL_HMAC_KEY: Buffer.alloc(32, 7).toString("base64"),
};
