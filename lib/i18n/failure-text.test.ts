import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fail, toFailure, toFieldErrors } from "@/lib/action-result";
import { AppError, appErrorFailures } from "@/lib/app-error";
import { MESSAGES } from "@/messages";
import { failureText } from "./failure-text";
import { isMessageKey, toMessageKey } from "./known-key";
import { translateFailure } from "./translate-key";

const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });
const en = createTranslator({ locale: "en", messages: MESSAGES.en });

describe("failureText (the one way to say a failure, ADR 130)", () => {
  it("translates a bare key in the page's language", () => {
    expect(failureText(zh, "errors.generic")).toBe(MESSAGES["zh-CN"].errors.generic);
    expect(failureText(en, "errors.generic")).toBe(MESSAGES.en.errors.generic);
    expect(failureText(en, "errors.generic")).not.toBe(failureText(zh, "errors.generic"));
  });

  it("fills a failure's parameters in both locales", () => {
    const short = { key: "staffExam.errors.capacityShort", params: { needed: 12, available: 9 } } as const;
    for (const t of [zh, en]) {
      const text = failureText(t, short);
      expect(text).toContain("12");
      expect(text).toContain("9");
      expect(text).not.toMatch(/[{}]/);
    }
    expect(failureText(zh, short)).not.toBe(failureText(en, short));
  });

  it("says the status a colleague left an application in, in the page's language (ICU select, no second lookup)", () => {
    const decided = {
      key: "staffReview.errors.alreadyDecided",
      params: { by: "李审核", at: "2025-05-08 10:00", status: "APPROVED" },
    } as const;
    expect(failureText(zh, decided)).toBe(
      `该报名已由李审核于2025-05-08 10:00处理，当前状态为“${MESSAGES["zh-CN"].status.APPROVED}”。请返回队列查看最新状态。`,
    );
    expect(failureText(en, decided)).toContain(`“${MESSAGES.en.status.APPROVED}”`);
  });

  it("says an unknown key (data from outside) as the generic error, never the raw key", () => {
    const unknown = JSON.parse('{"key":"errors.not-a-message"}') as { key: "errors.generic" };
    expect(failureText(en, unknown)).toBe(MESSAGES.en.errors.generic);
  });

  it("outside React, in Chinese by default (API answers)", () => {
    expect(translateFailure({ key: "ruleFailures.roster.missingColumns", params: { columns: "姓名、身份证号码" } })).toBe(
      "缺少列：姓名、身份证号码",
    );
    expect(translateFailure({ key: "ruleFailures.roster.missingColumns", params: { columns: "姓名" } }, "en")).toBe(
      "Missing columns: 姓名",
    );
  });
});

describe("one failure shape, cheap call sites", () => {
  it("toFailure takes a key or a failure", () => {
    expect(toFailure("errors.generic")).toEqual({ key: "errors.generic" });
    const withParams = { key: "errors.generic", params: { n: 1 } } as const;
    expect(toFailure(withParams)).toBe(withParams);
  });

  it("fail() normalises keys to failures and drops empty fields; parameters never travel in values", () => {
    expect(fail("errors.generic", { name: ["errors.required"], empty: [], absent: undefined }, { name: "" })).toEqual({
      ok: false,
      formError: { key: "errors.generic" },
      fieldErrors: { name: [{ key: "errors.required" }] },
      values: { name: "" },
    });
    expect(fail(null)).toMatchObject({ formError: null, fieldErrors: {} });
  });

  it("toFieldErrors keeps a failure's parameters", () => {
    const f = { key: "ruleFailures.zip.entry", params: { name: "a.jpg" } } as const;
    expect(toFieldErrors({ file: [f, "errors.generic"] })).toEqual({ file: [f, { key: "errors.generic" }] });
  });
});

describe("appErrorFailures: the one mapper from AppError", () => {
  it("maps a bare key", () => {
    const error = new AppError("FORBIDDEN", "errors.forbidden");
    expect(error.message).toBe("errors.forbidden");
    expect(error.messageKey).toBe("errors.forbidden");
    expect(appErrorFailures(error)).toEqual({ formError: { key: "errors.forbidden" }, fieldErrors: {} });
  });

  it("maps a key with parameters and field failures given as keys or failures", () => {
    const failure = { key: "staffExam.correction.errors.revokeRequired", params: { certificate: "5101202500001" } } as const;
    const error = new AppError("CONFLICT", failure, { revokeCertificate: [failure], score: ["errors.required"] });
    expect(error.params).toEqual({ certificate: "5101202500001" });
    expect(appErrorFailures(error)).toEqual({
      formError: failure,
      fieldErrors: { revokeCertificate: [failure], score: [{ key: "errors.required" }] },
    });
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
