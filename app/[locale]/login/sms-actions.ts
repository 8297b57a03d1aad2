"use server";

import type { MessageKey } from "@/lib/i18n/message-key";
import { AuthError } from "next-auth";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { smsLoginCodeSchema, smsLoginSchema } from "@/lib/schemas/identity-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requestLoginCode } from "@/lib/server/accounts/sms-login";
import { clientIp } from "@/lib/server/http/client-ip";

export type SmsLoginState = ActionResult<{ notice: MessageKey; values: Record<string, string> }>;

/**
 * "短信验证码登录" (issue 10), one form with two buttons, without JavaScript too: `intent=code`
 * sends the code to the account's verified mobile (the same answer for any ID number), the other
 * signs in with next-auth's "sms-code" provider.
 */
export async function smsLoginAction(_previous: SmsLoginState | null, formData: FormData): Promise<SmsLoginState> {
  const values = formValues(formData, ["login", "code"]);
  if (formData.get("intent") === "code") {
    const parsed = smsLoginCodeSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    try {
      await requestLoginCode(parsed.data.login, clientIp(await headers()));
    } catch (error) {
      return actionFailure(error, values);
    }
    return succeed({ notice: "identity.login.codeSent", values });
  }
  const parsed = smsLoginSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await signIn("sms-code", { login: parsed.data.login, code: parsed.data.code, redirectTo: "/me" });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error ? (error as { code?: string }).code : undefined;
      return fail(code === "rate_limited" ? "identity.login.tooMany" : "identity.login.invalid", {}, values);
    }
    throw error; // the redirect after a successful sign-in
  }
  return fail("errors.generic", {}, values);
}
