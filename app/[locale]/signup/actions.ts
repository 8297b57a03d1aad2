"use server";

import type { MessageKey } from "@/lib/i18n/message-key";
import { headers } from "next/headers";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { signIn } from "@/auth";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { signUpCodeSchema, signUpSchema } from "@/lib/schemas/account-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { registerCandidate } from "@/lib/server/accounts/register-candidate";
import { requestSignUpCode } from "@/lib/server/accounts/request-sign-up-code";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { clientIp } from "@/lib/server/http/client-ip";

export type SignUpState = ActionResult<{ notice: MessageKey; values: Record<string, string> }>;

const FIELDS = ["name", "idNumber", "mobile", "email", "privacyConsent", "sensitiveConsent", "code"] as const;

/**
 * One form, two buttons (works without JavaScript): `intent=code` sends the code, anything else
 * registers. After "send code" the answer is the same whatever is on record (issue 10).
 */
export async function signUpAction(_previous: SignUpState | null, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData, FIELDS);
  const ip = clientIp(await headers());
  if (formData.get("intent") === "code") {
    const parsed = signUpCodeSchema(todayInBeijing()).safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    try {
      await requestSignUpCode(parsed.data, ip);
    } catch (error) {
      return actionFailure(error, values);
    }
    return succeed({ notice: "identity.signup.codeSent", values });
  }
  const parsed = signUpSchema(todayInBeijing()).safeParse({
    ...values,
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await registerCandidate(parsed.data, ip);
  } catch (error) {
    return actionFailure(error, values);
  }
  await signIn("credentials", { login: parsed.data.idNumber, password: parsed.data.password, redirectTo: "/me" });
  return fail("errors.generic", {}, values);
}
