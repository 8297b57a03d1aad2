import { signUpCodeSchema, signUpSchema } from "@/lib/schemas/account-schema";
import { registerCandidate } from "@/lib/server/accounts/register-candidate";
import { requestSignUpCode } from "@/lib/server/accounts/request-sign-up-code";
import { lastCodeSentTo, uniqueMobile } from "./sms";

let ipSeq = 0;
/** An address of its own per call: the per-address sign-up limits are real. */
export const uniqueIp = () => `203.0.113.${++ipSeq}-${process.pid}-${Date.now()}`;

export interface SignUpForm {
  name: string;
  idNumber: string;
  mobile?: string;
  email?: string;
  password?: string;
}

/**
 * Both steps of the sign-up as the form does them, the code read from the development SMS
 * provider at `codeTo` (the typed mobile by default; the recorded one for a claim).
 */
export async function signUpWithCode(form: SignUpForm, options: { today?: string; codeTo?: string } = {}) {
  const today = options.today ?? "2025-05-08";
  const mobile = form.mobile ?? uniqueMobile();
  const password = form.password ?? "Lantern2025ok";
  const fields = {
    name: form.name,
    idNumber: form.idNumber,
    mobile,
    email: form.email ?? "",
    privacyConsent: "on",
    sensitiveConsent: "on",
  };
  const ip = uniqueIp();
  await requestSignUpCode(signUpCodeSchema(today).parse(fields), ip);
  const code = (await lastCodeSentTo(options.codeTo ?? mobile)) ?? "000000";
  const parsed = signUpSchema(today).parse({ ...fields, code, password, confirmPassword: password });
  const { userId } = await registerCandidate(parsed, ip);
  return { userId, mobile, password };
}
