import { createHash } from "node:crypto";

/**
 * Encryption at rest (ADR 057): the keys come from the environment, never from the database.
 *
 * - `PORTAL_DATA_KEYS=kid2:<base64 32 bytes>,kid1:<base64 32 bytes>`: AES-256-GCM keys by key id;
 *   the first encrypts, every listed key decrypts (rotation: put the new key first, run
 *   `npm run db:rotate-keys`, then drop the old one).
 * - `PORTAL_HMAC_KEY=<base64, at least 32 bytes>`: the keyed hash (HMAC-SHA256) of the columns the
 *   portal looks up by exact value (ID number, login, name). Changing it needs `db:rotate-keys -- --rehash`.
 */
export interface DataKeys {
  /** The key id new values are encrypted under. */
  currentKid: string;
  keys: ReadonlyMap<string, Buffer>;
  hmacKey: Buffer;
  /** Short fingerprint of the HMAC key, for logs (never the key). */
  hmacFingerprint: string;
}

const KID = /^[A-Za-z0-9_-]{1,16}$/;

export class DataKeyError extends Error {
  constructor(detail: string) {
    super(
      `加密密钥无效：${detail}。请设置 PORTAL_DATA_KEYS（如 k1:<32 字节 base64>）和 PORTAL_HMAC_KEY（至少 32 字节 base64），见 README「加密密钥」/ ` +
        `invalid encryption keys: ${detail}. Set PORTAL_DATA_KEYS (e.g. k1:<base64 of 32 bytes>) and PORTAL_HMAC_KEY (base64, 32+ bytes); see README "Encryption keys"`,
    );
    this.name = "DataKeyError";
  }
}

/** Parses and checks the two variables; throws DataKeyError saying what to fix. */
export function parseDataKeys(source: { PORTAL_DATA_KEYS?: string; PORTAL_HMAC_KEY?: string }): DataKeys {
  const list = (source.PORTAL_DATA_KEYS ?? "").trim();
  if (!list) throw new DataKeyError("PORTAL_DATA_KEYS is not set");
  const keys = new Map<string, Buffer>();
  let currentKid = "";
  for (const entry of list.split(",")) {
    const at = entry.indexOf(":");
    const kid = entry.slice(0, at).trim();
    const key = Buffer.from(entry.slice(at + 1).trim(), "base64");
    if (at < 1 || !KID.test(kid)) throw new DataKeyError(`key id "${kid}" (letters, digits, _ or -, at most 16)`);
    if (key.length !== 32) throw new DataKeyError(`key ${kid} is ${key.length} bytes, AES-256 needs 32`);
    if (keys.has(kid)) throw new DataKeyError(`key id ${kid} listed twice`);
    keys.set(kid, key);
    currentKid ||= kid;
  }
  const hmacKey = Buffer.from((source.PORTAL_HMAC_KEY ?? "").trim(), "base64");
  if (hmacKey.length < 32) throw new DataKeyError("PORTAL_HMAC_KEY is missing or shorter than 32 bytes");
  const hmacFingerprint = createHash("sha256").update(hmacKey).digest("hex").slice(0, 8);
  return { currentKid, keys, hmacKey, hmacFingerprint };
}

let cached: { source: string; keys: DataKeys } | undefined;

/** The keys of this process's environment, parsed once (again if the variables change, as tests do). */
export function dataKeys(): DataKeys {
  const source = `${process.env.PORTAL_DATA_KEYS ?? ""}|${process.env.PORTAL_HMAC_KEY ?? ""}`;
  if (cached?.source !== source) {
    cached = {
      source,
      keys: parseDataKeys({ PORTAL_DATA_KEYS: process.env.PORTAL_DATA_KEYS, PORTAL_HMAC_KEY: process.env.PORTAL_HMAC_KEY }),
    };
  }
  return cached.keys;
}
