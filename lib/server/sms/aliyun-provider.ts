import "server-only";
import { randomUUID } from "node:crypto";
import { signedQuery } from "./aliyun-signature";
import { SmsError, type SmsErrorKind } from "./sms-error";
import type { SmsParams, SmsTemplate } from "./templates";

export interface AliyunConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** Template code per portal template; a template without one is not sent by SMS. */
  templates: Partial<Record<SmsTemplate, string>>;
  endpoint: string;
}

/** dysmsapi error codes → what the portal tells the person (Alibaba Cloud's SendSms error list). */
function kindOf(code: string): SmsErrorKind {
  if (/BUSINESS_LIMIT_CONTROL|DAY_LIMIT_CONTROL|MONTH_LIMIT_CONTROL|Throttling/i.test(code)) return "limited";
  if (/MOBILE_NUMBER_ILLEGAL|BLACK_KEY_CONTROL_LIMIT|MOBILE_COUNT_OVER_LIMIT/i.test(code)) return "number";
  if (/ServiceUnavailable|InternalError|SYSTEM_ERROR/i.test(code)) return "unavailable";
  return "config";
}

export interface SendParamsInput {
  to: string;
  templateCode: string;
  params: Record<string, string>;
  /** Injected for the documented example and tests; otherwise the instant and a random nonce. */
  timestamp: string;
  nonce: string;
}

/** Every parameter of one SendSms call, before the signature (common parameters + SendSms's own). */
export function sendSmsParams(config: Pick<AliyunConfig, "accessKeyId" | "signName">, input: SendParamsInput) {
  return {
    AccessKeyId: config.accessKeyId,
    Action: "SendSms",
    Format: "JSON",
    PhoneNumbers: input.to,
    RegionId: "cn-hangzhou",
    SignName: config.signName,
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: input.nonce,
    SignatureVersion: "1.0",
    TemplateCode: input.templateCode,
    TemplateParam: JSON.stringify(input.params),
    Timestamp: input.timestamp,
    Version: "2017-05-25",
  };
}

/** Alibaba Cloud's yyyy-MM-ddTHH:mm:ssZ in UTC (no milliseconds). */
export function aliyunTimestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * One SendSms by the documented HTTP API (GET with a signed query, JSON answer). Answers other
 * than `Code: "OK"` and HTTP failures become an SmsError; nothing is retried here (the person can
 * ask for a new code, the notice stays in the inbox).
 */
export async function sendAliyunSms<T extends SmsTemplate>(
  config: AliyunConfig,
  to: string,
  template: T,
  params: SmsParams[T],
  at: Date,
): Promise<{ providerId: string } | null> {
  const templateCode = config.templates[template];
  if (!templateCode) return null;
  const query = signedQuery(
    sendSmsParams(config, {
      to,
      templateCode,
      params: params,
      timestamp: aliyunTimestamp(at),
      nonce: randomUUID(),
    }),
    config.accessKeySecret,
  );
  const url = `${config.endpoint.replace(/\/?$/, "/")}?${query}`;
  let response: Response;
  try {
    response = await fetch(url, { method: "GET", signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new SmsError("unavailable", "NETWORK", `SMS provider unreachable: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as { Code?: string; Message?: string; BizId?: string } | null;
  if (body?.Code === "OK") return { providerId: body.BizId ?? "" };
  const code = body?.Code ?? `HTTP_${response.status}`;
  const kind = body?.Code ? kindOf(code) : response.status >= 500 ? "unavailable" : "config";
  throw new SmsError(kind, code, `SendSms refused: ${code} ${body?.Message ?? ""}`.trim());
}
