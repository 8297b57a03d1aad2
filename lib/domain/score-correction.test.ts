import { describe, expect, it } from "vitest";
import { certificateEffect, decodeResult, describeResult, encodeResult, sameResult } from "./score-correction";

const score = (n: number) => ({ score: n, absent: false });
const absent = { score: null, absent: true };

describe("八 九 score corrections: what happens to the certificate", () => {
  it.each([
    ["pass → fail with a certificate: revoke", score(75), score(59), true, "revoke"],
    ["pass → absent with a certificate: revoke", score(60), absent, true, "revoke"],
    ["pass → pass (60 → 90) keeps the certificate", score(60), score(90), true, "none"],
    ["fail → pass without a certificate: issuable by 补发", score(59), score(60), false, "issuable"],
    ["absent → pass: issuable", absent, score(88), false, "issuable"],
    ["fail → fail: nothing", score(30), score(45), false, "none"],
    ["pass → fail without a certificate yet: nothing to revoke", score(70), score(50), false, "none"],
    ["pass → pass without a certificate yet: still issuable", score(70), score(80), false, "issuable"],
  ] as const)("%s", (_name, before, after, hasCertificate, effect) => {
    expect(certificateEffect(before, after, hasCertificate)).toBe(effect);
  });
});

describe("result values", () => {
  it("compares, encodes and decodes a score or 缺考", () => {
    expect(sameResult(score(60), score(60))).toBe(true);
    expect(sameResult(score(60), score(61))).toBe(false);
    expect(sameResult(absent, { score: null, absent: true })).toBe(true);
    expect(sameResult(absent, score(0))).toBe(false);
    expect(encodeResult(score(0))).toBe("0");
    expect(encodeResult(absent)).toBe("absent");
    expect(decodeResult("absent")).toEqual(absent);
    expect(decodeResult("100")).toEqual(score(100));
    for (const bad of ["101", "-1", "6.5", "", "abc", "0100"]) expect(decodeResult(bad), bad).toBeNull();
  });

  it("describes a result as the notice does", () => {
    expect(describeResult(score(72))).toBe("72分（合格）");
    expect(describeResult(score(59))).toBe("59分（不合格）");
    expect(describeResult(absent)).toBe("缺考");
  });
});
