import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, generateTotpSecret, hotp, otpauthUri, totpCode, totpStep, verifyTotp } from "./totp";

// RFC 6238 Appendix B, SHA-1 rows: the ASCII key "12345678901234567890", 8 digits.
const RFC_KEY = Buffer.from("12345678901234567890", "ascii");
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("RFC 6238 Appendix B (SHA-1)", () => {
  it.each(RFC_VECTORS)("at %i s the code is %s", (seconds, expected) => {
    expect(hotp(RFC_KEY, totpStep(new Date(seconds * 1000)), 8)).toBe(expected);
    // The same key through base32, as an authenticator app holds it, with 6 digits.
    expect(totpCode(base32Encode(RFC_KEY), new Date(seconds * 1000))).toBe(expected.slice(2));
  });

  it("RFC 4226 Appendix D: HOTP counters 0 and 9", () => {
    expect(hotp(RFC_KEY, 0n)).toBe("755224");
    expect(hotp(RFC_KEY, 9n)).toBe("520489");
  });
});

describe("base32", () => {
  it("round-trips and matches RFC 4648's example", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("MZXW6YTBOI======").toString()).toBe("foobar");
    expect(base32Decode("mzxw 6ytb oi").toString()).toBe("foobar");
    expect(() => base32Decode("1")).toThrow(RangeError);
  });

  it("new secrets are 160 bits", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });
});

describe("verifyTotp", () => {
  const secret = base32Encode(RFC_KEY);
  const at = new Date(1111111111 * 1000);
  const code = totpCode(secret, at);

  it("accepts the current code and one step either side, and says which step", () => {
    expect(verifyTotp(secret, code, at)).toBe(totpStep(at));
    expect(verifyTotp(secret, code, new Date(at.getTime() + 30_000))).toBe(totpStep(at));
    expect(verifyTotp(secret, code, new Date(at.getTime() - 30_000))).toBe(totpStep(at));
    expect(verifyTotp(secret, code, new Date(at.getTime() + 61_000))).toBeNull();
  });

  it("refuses a used step (no replay), malformed input and wrong codes", () => {
    expect(verifyTotp(secret, code, at, totpStep(at))).toBeNull();
    expect(verifyTotp(secret, code, at, totpStep(at) - 1n)).toBe(totpStep(at));
    expect(verifyTotp(secret, "12345", at)).toBeNull();
    expect(verifyTotp(secret, "abcdef", at)).toBeNull();
    expect(verifyTotp(secret, code === "000000" ? "000001" : "000000", at)).toBeNull();
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(totpStep(at));
  });

  it("builds the otpauth URI apps scan", () => {
    const uri = otpauthUri("MZXW6YTBOI", "reviewer");
    expect(uri.startsWith("otpauth://totp/")).toBe(true);
    const parsed = new URL(uri);
    expect(parsed.searchParams.get("secret")).toBe("MZXW6YTBOI");
    expect(parsed.searchParams.get("digits")).toBe("6");
    expect(parsed.searchParams.get("period")).toBe("30");
    expect(decodeURIComponent(parsed.pathname)).toContain("reviewer");
  });
});
