import { describe, expect, it } from "vitest";
import { decryptBytes, decryptText, encryptBytes, encryptText, EnvelopeError, keyedHash, keyIdOf } from "./envelope";
import { DataKeyError, parseDataKeys } from "./keys";

const k = (byte: number) => Buffer.alloc(32, byte).toString("base64");
const old = parseDataKeys({ PORTAL_DATA_KEYS: `a:${k(1)}`, PORTAL_HMAC_KEY: k(9) });
const rotated = parseDataKeys({ PORTAL_DATA_KEYS: `b:${k(2)},a:${k(1)}`, PORTAL_HMAC_KEY: k(9) });
const onlyNew = parseDataKeys({ PORTAL_DATA_KEYS: `b:${k(2)}`, PORTAL_HMAC_KEY: k(9) });

describe("the envelope of encryption at rest (ADR 057)", () => {
  it("round-trips text and bytes, with the key id beside the ciphertext and a fresh IV each time", () => {
    const sealed = encryptText("110101199003074518", old);
    expect(sealed).toMatch(/^pe1:a:/);
    expect(sealed).not.toContain("110101199003074518");
    expect(encryptText("110101199003074518", old)).not.toBe(sealed);
    expect(decryptText(sealed, old)).toBe("110101199003074518");
    expect(decryptText("王小明", old)).toBe("王小明"); // plain text from before encryption reads as it is
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const box = encryptBytes(bytes, old);
    expect(keyIdOf(box)).toBe("a");
    expect(Array.from(decryptBytes(box, old))).toEqual(Array.from(bytes));
  });

  it("refuses a value under a key id the environment does not list", () => {
    expect(() => decryptText(encryptText("x", old), onlyNew)).toThrow(EnvelopeError);
    expect(() => decryptText(encryptText("x", old), onlyNew)).toThrow(/key id "a"/);
  });

  it("refuses a tampered tag or ciphertext", () => {
    const sealed = encryptText("王小明", old);
    const body = Buffer.from(sealed.slice("pe1:a:".length), "base64url");
    body[body.length - 1]! ^= 1;
    expect(() => decryptText(`pe1:a:${body.toString("base64url")}`, old)).toThrow(/fails authentication/);
    const box = encryptBytes(new Uint8Array([1, 2, 3, 4]), old);
    box[box.length - 20]! ^= 1;
    expect(() => decryptBytes(box, old)).toThrow(EnvelopeError);
  });

  it("after a rotation encrypts under the first key and still reads the older one", () => {
    const before = encryptText("13800001111", old);
    expect(decryptText(before, rotated)).toBe("13800001111");
    const after = encryptText("13800001111", rotated);
    expect(keyIdOf(after)).toBe("b");
    expect(decryptText(after, onlyNew)).toBe("13800001111");
  });

  it("hashes by domain and key, not by the data key", () => {
    expect(keyedHash("idNumber", "x", old)).toBe(keyedHash("idNumber", "x", rotated));
    expect(keyedHash("idNumber", "x", old)).not.toBe(keyedHash("login", "x", old));
    const otherHmac = parseDataKeys({ PORTAL_DATA_KEYS: `a:${k(1)}`, PORTAL_HMAC_KEY: k(8) });
    expect(keyedHash("idNumber", "x", old)).not.toBe(keyedHash("idNumber", "x", otherHmac));
  });

  it("says what to fix when a key is missing or malformed", () => {
    expect(() => parseDataKeys({ PORTAL_HMAC_KEY: k(9) })).toThrow(DataKeyError);
    expect(() => parseDataKeys({ PORTAL_DATA_KEYS: `a:${Buffer.alloc(16).toString("base64")}`, PORTAL_HMAC_KEY: k(9) })).toThrow(
      /32/,
    );
    expect(() => parseDataKeys({ PORTAL_DATA_KEYS: `a:${k(1)},a:${k(2)}`, PORTAL_HMAC_KEY: k(9) })).toThrow(/twice/);
    expect(() => parseDataKeys({ PORTAL_DATA_KEYS: `a:${k(1)}`, PORTAL_HMAC_KEY: "short" })).toThrow(/PORTAL_HMAC_KEY/);
    expect(() => parseDataKeys({ PORTAL_DATA_KEYS: `a:${k(1)}` })).toThrow(/请设置/);
  });
});
