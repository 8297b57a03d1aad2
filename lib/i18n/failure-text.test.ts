import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ruleText } from "@/lib/action-result";
import { MESSAGES } from "@/messages";
import { failureText } from "./failure-text";
import { isMessageKey, toMessageKey } from "./known-key";

describe("failureText (one way to show a failure, ADR 104)", () => {
  const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });
  const en = createTranslator({ locale: "en", messages: MESSAGES.en });

  it("translates a message key in the page's language", () => {
    expect(failureText(zh, "errors.generic")).toBe(MESSAGES["zh-CN"].errors.generic);
    expect(failureText(en, "errors.generic")).toBe(MESSAGES.en.errors.generic);
    expect(failureText(en, "errors.generic")).not.toBe(failureText(zh, "errors.generic"));
  });

  it("shows a rule's sentence as it is, even when it looks like a key", () => {
    expect(failureText(en, ruleText("第 3 行：身份证号码校验位不正确"))).toBe("第 3 行：身份证号码校验位不正确");
    expect(failureText(en, ruleText("errors.not-a-message"))).toBe("errors.not-a-message");
  });
});

describe("zod messages as keys (server)", () => {
  it("knows a key from a namespace or a leaf", () => {
    expect(isMessageKey("errors.generic")).toBe(true);
    expect(isMessageKey("errors")).toBe(false);
    expect(isMessageKey("errors.generic.more")).toBe(false);
    expect(isMessageKey("请填写")).toBe(false);
  });

  it("turns text that is no key into the generic error", () => {
    expect(toMessageKey("errors.required")).toBe("errors.required");
    expect(toMessageKey("not a key")).toBe("errors.generic");
  });
});
