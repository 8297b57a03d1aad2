import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { dataKeys, type DataKeys } from "./keys";

/**
 * The envelope of one encrypted value (ADR 057): AES-256-GCM, a fresh 12-byte IV per value, the
 * 16-byte tag, and the key id beside the ciphertext so several keys can be live during a rotation.
 *
 * - text columns: `pe1:<kid>:<base64url(iv ‖ ciphertext ‖ tag)>`, still a string, so the column
 *   type and the application code do not change;
 * - bytes (StoredFile.data): `PEB1` ‖ kid length (1 byte) ‖ kid ‖ iv ‖ ciphertext ‖ tag.
 *
 * A value without the prefix is plain text written before encryption was switched on: it reads as
 * it is until the data step (`scripts/db/encrypt-data.ts`) encrypts it.
 */
export const TEXT_PREFIX = "pe1:";
const BYTES_MAGIC = Buffer.from("PEB1", "latin1");
const IV = 12;
const TAG = 16;

export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvelopeError";
  }
}

function seal(plain: Buffer, keys: DataKeys): { kid: string; body: Buffer } {
  const kid = keys.currentKid;
  const iv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", keys.keys.get(kid)!, iv);
  const body = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { kid, body };
}

function open(kid: string, body: Buffer, keys: DataKeys): Buffer {
  const key = keys.keys.get(kid);
  if (!key) throw new EnvelopeError(`encrypted under key id "${kid}", which PORTAL_DATA_KEYS does not list`);
  if (body.length < IV + TAG) throw new EnvelopeError("encrypted value too short");
  const decipher = createDecipheriv("aes-256-gcm", key, body.subarray(0, IV));
  decipher.setAuthTag(body.subarray(body.length - TAG));
  try {
    return Buffer.concat([decipher.update(body.subarray(IV, body.length - TAG)), decipher.final()]);
  } catch {
    throw new EnvelopeError(`encrypted value under key ${kid} fails authentication (tampered, or the wrong key)`);
  }
}

export function isEncryptedText(value: string): boolean {
  return value.startsWith(TEXT_PREFIX);
}

export function encryptText(plain: string, keys: DataKeys = dataKeys()): string {
  const { kid, body } = seal(Buffer.from(plain, "utf8"), keys);
  return `${TEXT_PREFIX}${kid}:${body.toString("base64url")}`;
}

/** Plain (legacy) text passes through unchanged. */
export function decryptText(value: string, keys: DataKeys = dataKeys()): string {
  if (!isEncryptedText(value)) return value;
  const colon = value.indexOf(":", TEXT_PREFIX.length);
  if (colon < 0) throw new EnvelopeError("malformed encrypted text");
  const kid = value.slice(TEXT_PREFIX.length, colon);
  return open(kid, Buffer.from(value.slice(colon + 1), "base64url"), keys).toString("utf8");
}

/** The key id of an encrypted value, null for plain text or bytes. */
export function keyIdOf(value: string | Uint8Array): string | null {
  if (typeof value === "string") {
    if (!isEncryptedText(value)) return null;
    return value.slice(TEXT_PREFIX.length, value.indexOf(":", TEXT_PREFIX.length));
  }
  if (!isEncryptedBytes(value)) return null;
  return Buffer.from(value.subarray(5, 5 + value[4]!)).toString("latin1");
}

export function isEncryptedBytes(value: Uint8Array): boolean {
  return value.length > 5 && BYTES_MAGIC.every((b, i) => value[i] === b);
}

export function encryptBytes(plain: Uint8Array, keys: DataKeys = dataKeys()): Uint8Array<ArrayBuffer> {
  const { kid, body } = seal(Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength), keys);
  const out = new Uint8Array(5 + kid.length + body.length);
  out.set(BYTES_MAGIC, 0);
  out[4] = kid.length;
  out.set(Buffer.from(kid, "latin1"), 5);
  out.set(body, 5 + kid.length);
  return out;
}

/** Plain (legacy) bytes pass through unchanged. */
export function decryptBytes(value: Uint8Array, keys: DataKeys = dataKeys()): Uint8Array<ArrayBuffer> {
  if (!isEncryptedBytes(value)) return value as Uint8Array<ArrayBuffer>;
  const kidLength = value[4]!;
  const kid = Buffer.from(value.subarray(5, 5 + kidLength)).toString("latin1");
  const plain = open(kid, Buffer.from(value.buffer, value.byteOffset + 5 + kidLength, value.byteLength - 5 - kidLength), keys);
  return new Uint8Array(plain);
}

/** HMAC-SHA256 of a value in a domain ("idNumber", "login", "name"), hex: the lookup and uniqueness column. */
export function keyedHash(domain: string, value: string, keys: DataKeys = dataKeys()): string {
  return createHmac("sha256", keys.hmacKey).update(`${domain}\u0000${value}`, "utf8").digest("hex");
}
