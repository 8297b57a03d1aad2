import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from "./credit-code";

describe("统一社会信用代码 (GB 32100): the applying organisation's code (issue 13 item 8)", () => {
  it("accepts published codes and finds their check character", () => {
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true);
    expect(isValidCreditCode("91110000600037341L")).toBe(true);
    expect(creditCodeCheckChar("91440300708461136")).toBe("T");
  });

  it("refuses a wrong check character, a letter the standard leaves out, and the wrong length", () => {
    expect(isValidCreditCode("91350100M000100Y44")).toBe(false);
    expect(isValidCreditCode("91350100M0001O0Y43")).toBe(false); // O is not used
    expect(isValidCreditCode("91350100M000100Y4")).toBe(false);
  });

  it("reads a code typed with spaces, lower case or full-width characters", () => {
    expect(normalizeCreditCode(" 9135 0100ｍ000100y43 ")).toBe("91350100M000100Y43");
    expect(isValidCreditCode("91350100m000100y43")).toBe(true);
  });
});
