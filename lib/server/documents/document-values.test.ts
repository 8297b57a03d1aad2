import { describe, expect, it } from "vitest";
import { assertMaskedIdNumber, chineseDate, verificationUrl } from "./document-values";

describe("document-values", () => {
  it("writes exam days as the notice does (三), with the weekday", () => {
    expect(chineseDate("2025-01-11")).toBe("2025年1月11日（星期六）");
    expect(chineseDate("2025-12-06")).toBe("2025年12月6日（星期六）");
    expect(chineseDate("2025-08-20", false)).toBe("2025年8月20日");
    expect(() => chineseDate("2025-02-30")).toThrow(RangeError);
  });

  it("refuses to print an unmasked ID number", () => {
    expect(() => assertMaskedIdNumber("510***********123X")).not.toThrow();
    expect(() => assertMaskedIdNumber("51010419900101123X")).toThrow(RangeError);
    expect(() => assertMaskedIdNumber("510104199001011230")).toThrow(RangeError);
    expect(() => assertMaskedIdNumber("*51010419900101123")).toThrow(RangeError);
  });

  it("builds the verification URL whatever the base's trailing slashes", () => {
    expect(verificationUrl("https://portal.example.cn", "ticket", "a.b")).toBe(
      "https://portal.example.cn/verify/ticket?token=a.b",
    );
    expect(verificationUrl("https://portal.example.cn/", "certificate", "a.b")).toBe(
      "https://portal.example.cn/verify/certificate?token=a.b",
    );
    expect(verificationUrl("http://localhost:3000/base//", "ticket", "x_-y")).toBe(
      "http://localhost:3000/base/verify/ticket?token=x_-y",
    );
  });

  it("refuses a base URL that is not http(s)", () => {
    expect(() => verificationUrl("javascript:alert(1)", "ticket", "a.b")).toThrow(RangeError);
    expect(() => verificationUrl("not a url", "ticket", "a.b")).toThrow();
  });
});
