/**
 * The SMS the portal sends (ADR 056). Each is one template registered with the provider (Alibaba
 * Cloud approves template texts in advance); the development provider renders the same text.
 */
export type SmsTemplate = "otp" | "notice";

export interface SmsParams {
  otp: { code: string };
  /** A short subject; the details are in the inbox. */
  notice: { subject: string };
}

export function renderSms<T extends SmsTemplate>(template: T, params: SmsParams[T]): string {
  if (template === "otp") {
    const { code } = params as SmsParams["otp"];
    return `【四川省职业技能鉴定指导中心】您的验证码为 ${code}，5 分钟内有效。请勿告诉他人；工作人员不会向您索要验证码。`;
  }
  const { subject } = params as SmsParams["notice"];
  return `【四川省职业技能鉴定指导中心】${subject}。详情请登录报名网站查看站内消息。`;
}
