import { describe, expect, it } from "vitest";
import { notificationEmailField } from "./notification-email-schema";

const parse = (value: unknown) => notificationEmailField.safeParse(value);
const messages = (value: unknown) => parse(value).error?.issues.map((i) => i.message);

describe("the optional notification email", () => {
  it.each([undefined, null, "", "   "])("%j means no address", (value) => {
    expect(parse(value)).toEqual({ success: true, data: null });
  });

  it("trims, lower-cases the domain and keeps the local part as typed", () => {
    expect(parse("  Zhang.San@QQ.COM ").data).toBe("Zhang.San@qq.com");
  });

  it("turns what a Chinese input method types in full width into ASCII", () => {
    expect(parse("ｚｈａｎｇ＠１６３．ｃｏｍ").data).toBe("zhang@163.com");
  });

  it.each([
    "zhang",
    "zhang@",
    "zhang@qq",
    "zhang@localhost",
    "zhang san@qq.com",
    "a,b@qq.com",
    '"zhang"@qq.com',
    "zhang@qq.com\nBcc: x@example.com",
    "zhang@qq.com, li@qq.com",
  ])("refuses %j with the message that shows an example", (value) => {
    expect(messages(value)).toEqual(["errors.email"]);
  });

  it("refuses an address longer than 254 characters", () => {
    expect(messages(`${"a".repeat(60)}@${"b".repeat(200)}.com`)).toContain("errors.emailTooLong");
    expect(parse(`${"a".repeat(40)}@${"b".repeat(209)}.com`).success).toBe(true);
  });
});
