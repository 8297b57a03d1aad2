import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The demo moment: batch 5's registration and batch 4's payment windows are open (三). */
export const DEMO_NOW = "2025-05-08T10:00:00+08:00";

/**
 * `PORTAL_NOW` unset → the demo moment; `PORTAL_NOW=real` → the real clock; an ISO instant → that.
 * Returns the value to put in the app's environment (undefined = real clock).
 */
export function resolvePortalNow(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return DEMO_NOW;
  if (raw === "real") return undefined;
  if (Number.isNaN(Date.parse(raw))) throw new Error(`PORTAL_NOW 无效：${raw}（应为 ISO 8601，如 ${DEMO_NOW}，或 real）`);
  return raw;
}

/** A stable AUTH_SECRET for a machine without one, kept beside the embedded database. */
export function ensureAuthSecret(dataDir = ".data"): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Demo accounts (published passwords, a published TOTP secret) are seeded on the embedded
 * database unless PORTAL_DEMO=0, and on a DATABASE_URL only with PORTAL_DEMO=1 (issue 10): a
 * portal pointed at a real database never gets them by accident.
 */
export function demoWanted(flag: string | undefined, embedded: boolean): boolean {
  return embedded ? flag !== "0" : flag === "1";
}

/**
 * Encryption at rest (ADR 057) on a machine without keys in its environment: generated once into
 * `.data/data-keys` beside the embedded database, whose rows they encrypt (losing the file loses
 * the data; an operator sets PORTAL_DATA_KEYS and PORTAL_HMAC_KEY instead, README). Sets
 * process.env so this process and the app it starts use them.
 */
export function ensureDataKeys(dataDir = ".data"): { PORTAL_DATA_KEYS: string; PORTAL_HMAC_KEY: string } {
  if (!process.env.PORTAL_DATA_KEYS || !process.env.PORTAL_HMAC_KEY) {
    const file = path.join(dataDir, "data-keys");
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      const keys = {
        PORTAL_DATA_KEYS: `k1:${randomBytes(32).toString("base64")}`,
        PORTAL_HMAC_KEY: randomBytes(32).toString("base64"),
      };
      writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
    }
    const stored = JSON.parse(readFileSync(file, "utf8")) as { PORTAL_DATA_KEYS: string; PORTAL_HMAC_KEY: string };
    process.env.PORTAL_DATA_KEYS ||= stored.PORTAL_DATA_KEYS;
    process.env.PORTAL_HMAC_KEY ||= stored.PORTAL_HMAC_KEY;
  }
  return { PORTAL_DATA_KEYS: process.env.PORTAL_DATA_KEYS, PORTAL_HMAC_KEY: process.env.PORTAL_HMAC_KEY };
}
