import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { readEnv, type Env } from "@/lib/env";
import { sendAliyunSms, type AliyunConfig } from "./aliyun-provider";
import { sendDevSms } from "./dev-provider";
import type { SmsParams, SmsTemplate } from "./templates";

export type { SmsTemplate, SmsParams } from "./templates";
export { SmsError } from "./sms-error";

export function aliyunConfig(env: Env = readEnv()): AliyunConfig {
  return {
    accessKeyId: env.ALIYUN_SMS_ACCESS_KEY_ID ?? "",
    accessKeySecret: env.ALIYUN_SMS_ACCESS_KEY_SECRET ?? "",
    signName: env.ALIYUN_SMS_SIGN_NAME ?? "",
    templates: { otp: env.ALIYUN_SMS_TEMPLATE_CODE, notice: env.ALIYUN_SMS_NOTICE_TEMPLATE_CODE },
    endpoint: env.ALIYUN_SMS_ENDPOINT,
  };
}

/**
 * The one way the portal sends an SMS (ADR 056): the provider PORTAL_SMS_PROVIDER names.
 * Throws SmsError when the provider refuses; returns null when the template has no SMS form
 * under this provider (a notice without ALIYUN_SMS_NOTICE_TEMPLATE_CODE: the inbox carries it).
 * Called outside transactions: a slow provider must not hold a row lock.
 */
export async function sendSms<T extends SmsTemplate>(
  to: string,
  template: T,
  params: SmsParams[T],
): Promise<{ providerId: string } | null> {
  const env = readEnv();
  if (env.PORTAL_SMS_PROVIDER === "aliyun") return sendAliyunSms(aliyunConfig(env), to, template, params, now());
  return sendDevSms(db, to, template, params, now());
}
