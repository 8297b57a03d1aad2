import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { rpcSignature } from "@/lib/server/sms/aliyun-signature";
import { sendSms, SmsError } from "@/lib/server/sms/send-sms";

/** A stand-in for dysmsapi.aliyuncs.com: records each request and answers what the test set. */
let server: Server;
let endpoint = "";
const seen: URL[] = [];
let answer: { status: number; body: unknown } = {
  status: 200,
  body: { Code: "OK", Message: "OK", BizId: "900619746936498440^0", RequestId: "r1" },
};

const ENV = {
  PORTAL_SMS_PROVIDER: "aliyun",
  ALIYUN_SMS_ACCESS_KEY_ID: "LTAI-test-id",
  ALIYUN_SMS_ACCESS_KEY_SECRET: "test-secret-of-the-center",
  ALIYUN_SMS_SIGN_NAME: "四川省职业技能鉴定指导中心",
  ALIYUN_SMS_TEMPLATE_CODE: "SMS_123456789",
};

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(new URL(request.url ?? "/", "http://local"));
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function useAliyun() {
  Object.assign(process.env, ENV, { ALIYUN_SMS_ENDPOINT: endpoint });
}

afterEach(() => {
  for (const key of [...Object.keys(ENV), "ALIYUN_SMS_ENDPOINT", "PORTAL_NOW"]) delete process.env[key];
  seen.length = 0;
  answer = { status: 200, body: { Code: "OK", Message: "OK", BizId: "900619746936498440^0", RequestId: "r1" } };
});

describe("Alibaba Cloud SMS adapter against a local server (ADR 056)", () => {
  it("sends one signed SendSms GET whose signature the server can verify", async () => {
    useAliyun();
    process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
    const result = await sendSms("13800001111", "otp", { code: "042917" });
    expect(result).toEqual({ providerId: "900619746936498440^0" });
    expect(seen).toHaveLength(1);
    const params = Object.fromEntries(seen[0]!.searchParams);
    expect(params).toMatchObject({
      AccessKeyId: "LTAI-test-id",
      Action: "SendSms",
      Format: "JSON",
      PhoneNumbers: "13800001111",
      SignName: "四川省职业技能鉴定指导中心",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      TemplateCode: "SMS_123456789",
      TemplateParam: '{"code":"042917"}',
      Timestamp: "2025-05-08T02:00:00Z",
      Version: "2017-05-25",
    });
    expect(params.SignatureNonce).toMatch(/^[0-9a-f-]{36}$/);
    const { Signature, ...signed } = params;
    expect(Signature).toBe(rpcSignature("GET", signed, ENV.ALIYUN_SMS_ACCESS_KEY_SECRET));
    expect(Signature).not.toBe(rpcSignature("GET", signed, "another-secret"));
  });

  it("uses a new nonce for every request", async () => {
    useAliyun();
    await sendSms("13800001111", "otp", { code: "111111" });
    await sendSms("13800001111", "otp", { code: "222222" });
    expect(seen[0]!.searchParams.get("SignatureNonce")).not.toBe(seen[1]!.searchParams.get("SignatureNonce"));
  });

  it.each([
    ["isv.BUSINESS_LIMIT_CONTROL", "limited"],
    ["isv.MOBILE_NUMBER_ILLEGAL", "number"],
    ["SignatureDoesNotMatch", "config"],
    ["isv.SMS_TEMPLATE_ILLEGAL", "config"],
  ])("maps the error answer %s to %s", async (code, kind) => {
    useAliyun();
    answer = { status: code === "SignatureDoesNotMatch" ? 400 : 200, body: { Code: code, Message: "refused", RequestId: "r2" } };
    const error = await sendSms("13800001111", "otp", { code: "123456" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsError);
    expect(error).toMatchObject({ kind, providerCode: code });
  });

  it("maps a 5xx without a JSON body to unavailable", async () => {
    useAliyun();
    answer = { status: 503, body: "<html>bad gateway</html>" };
    await expect(sendSms("13800001111", "otp", { code: "123456" })).rejects.toMatchObject({
      kind: "unavailable",
      providerCode: "HTTP_503",
    });
  });

  it("sends no notice when no notice template is configured", async () => {
    useAliyun();
    expect(await sendSms("13800001111", "notice", { subject: "账号申诉已通过" })).toBeNull();
    expect(seen).toHaveLength(0);
  });
});
