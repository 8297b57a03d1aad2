import { describe, expect, it } from "vitest";
import { parseAssertion, passkeyChallengeIdFrom } from "./passkey-cookie";
import { relyingParty } from "./relying-party";

describe("the passkey provider's inputs (ADR 114)", () => {
  it("reads the challenge id from this browser's cookie only", () => {
    const id = "0b6f3c1e-6d1c-4b0e-9a51-5f0c2a9d1e77";
    expect(passkeyChallengeIdFrom(`a=1; portal-passkey-challenge=${id}; b=2`)).toBe(id);
    expect(passkeyChallengeIdFrom("x-portal-passkey-challenge=nope; a=1")).toBeNull();
    expect(passkeyChallengeIdFrom(null)).toBeNull();
  });

  it("takes an assertion only when it is JSON shaped like one", () => {
    const assertion = { id: "abc", rawId: "abc", type: "public-key", response: { clientDataJSON: "e30" } };
    expect(parseAssertion(JSON.stringify(assertion))).toEqual(assertion);
    expect(parseAssertion("{not json")).toBeNull();
    expect(parseAssertion(JSON.stringify({ id: "abc" }))).toBeNull();
    expect(parseAssertion({ id: "abc" })).toBeNull();
    expect(parseAssertion("x".repeat(20_001))).toBeNull();
  });

  it("takes the RP ID and origin from the public origin", () => {
    const before = process.env.PORTAL_BASE_URL;
    try {
      process.env.PORTAL_BASE_URL = "https://bm.scosta.gov.cn/";
      expect(relyingParty(new Headers({ host: "evil.example.com" }))).toEqual({
        rpID: "bm.scosta.gov.cn",
        origin: "https://bm.scosta.gov.cn",
      });
      delete process.env.PORTAL_BASE_URL;
      expect(relyingParty(new Headers({ host: "127.0.0.1:3213" }))).toEqual({
        rpID: "127.0.0.1",
        origin: "http://127.0.0.1:3213",
      });
    } finally {
      if (before === undefined) delete process.env.PORTAL_BASE_URL;
      else process.env.PORTAL_BASE_URL = before;
    }
  });
});
