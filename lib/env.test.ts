import { describe, expect, it } from "vitest";
import { readEnv as read } from "./env";

const readEnv = (vars: Record<string, string>) => read({ NODE_ENV: "test", ...vars });

describe("readEnv: SMTP settings (ADR 045)", () => {
  it("accepts smtp:// and smtps:// URLs and the two forms of a sender", () => {
    const env = readEnv({
      SMTP_URL: "smtps://noreply%40example.cn:secret@mail.example.cn:465",
      SMTP_FROM: "四川省职业技能鉴定指导中心 <noreply@example.cn>",
    });
    expect(env.SMTP_URL).toContain("smtps://");
    expect(readEnv({ SMTP_URL: "smtp://relay.internal", SMTP_FROM: "bm@example.cn" }).SMTP_FROM).toBe("bm@example.cn");
  });

  it("treats an empty SMTP_URL as unset", () => {
    expect(readEnv({ SMTP_URL: "", SMTP_FROM: "" })).toMatchObject({ SMTP_URL: undefined, SMTP_FROM: undefined });
  });

  it("refuses another scheme, a URL without a host and a sender without an address, without echoing the value", () => {
    for (const SMTP_URL of ["http://mail.example.cn", "smtp://", "mail.example.cn:25"]) {
      expect(() => readEnv({ SMTP_URL })).toThrow(/SMTP_URL/);
    }
    expect(() => readEnv({ SMTP_FROM: "四川省职业技能鉴定指导中心" })).toThrow(/SMTP_FROM/);
    expect(() => readEnv({ SMTP_URL: "http://user:hunter22@mail.example.cn" })).toThrow(/^(?!.*hunter22).*SMTP_URL/);
  });
});

describe("readEnv: SMS settings (ADR 056)", () => {
  it("defaults to the development provider", () => {
    expect(readEnv({}).PORTAL_SMS_PROVIDER).toBe("dev");
  });

  it("requires the key pair, signature name and code template for aliyun, naming what is missing", () => {
    expect(() => readEnv({ PORTAL_SMS_PROVIDER: "aliyun", ALIYUN_SMS_ACCESS_KEY_ID: "id" })).toThrow(
      /ALIYUN_SMS_ACCESS_KEY_SECRET.*ALIYUN_SMS_SIGN_NAME.*ALIYUN_SMS_TEMPLATE_CODE/,
    );
    const env = readEnv({
      PORTAL_SMS_PROVIDER: "aliyun",
      ALIYUN_SMS_ACCESS_KEY_ID: "id",
      ALIYUN_SMS_ACCESS_KEY_SECRET: "secret",
      ALIYUN_SMS_SIGN_NAME: "四川省职业技能鉴定指导中心",
      ALIYUN_SMS_TEMPLATE_CODE: "SMS_123",
    });
    expect(env.ALIYUN_SMS_ENDPOINT).toBe("https://dysmsapi.aliyuncs.com/");
  });

  it("refuses an unknown provider and a template code of another shape", () => {
    expect(() => readEnv({ PORTAL_SMS_PROVIDER: "tencent" })).toThrow(/PORTAL_SMS_PROVIDER/);
    expect(() => readEnv({ ALIYUN_SMS_TEMPLATE_CODE: "123" })).toThrow(/ALIYUN_SMS_TEMPLATE_CODE/);
  });
});

describe("readEnv: parsed once per set of values (ADR 151)", () => {
  it("gives the same parse while the variables stay, and parses again when one changes", () => {
    const source: NodeJS.ProcessEnv = { NODE_ENV: "test", PORTAL_NOW: "2025-05-08T10:00:00+08:00" };
    const first = read(source);
    expect(read(source)).toBe(first);
    source.PORTAL_NOW = "2025-05-09T10:00:00+08:00";
    expect(read(source).PORTAL_NOW).toBe("2025-05-09T10:00:00+08:00");
    delete source.PORTAL_NOW;
    expect(read(source).PORTAL_NOW).toBeUndefined();
    source.PORTAL_NOW = "not a date";
    expect(() => read(source)).toThrow(/PORTAL_NOW/);
    expect(() => read(source)).toThrow(/PORTAL_NOW/);
  });
});
