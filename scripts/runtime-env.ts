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
