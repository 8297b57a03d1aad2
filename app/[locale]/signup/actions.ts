"use server";

import { headers } from "next/headers";
import { signIn } from "@/auth";
import { fail } from "@/lib/action-result";
import { signUpCodeSchema, signUpSchema } from "@/lib/schemas/account-schema";
import { formValues } from "@/lib/server/action-failure";
import { sendCodeOrSubmit, type CodeFormState } from "@/lib/server/accounts/send-code-or-submit";
import { registerCandidate } from "@/lib/server/accounts/register-candidate";
import { requestSignUpCode } from "@/lib/server/accounts/request-sign-up-code";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { clientIp } from "@/lib/server/http/client-ip";

export type SignUpState = CodeFormState;

const FIELDS = ["name", "idNumber", "mobile", "email", "privacyConsent", "sensitiveConsent", "code"] as const;

/**
 * One form, two buttons (works without JavaScript): `intent=code` sends the code, anything else
 * registers. After "send code" the answer is the same whatever is on record (issue 10).
 */
export async function signUpAction(_previous: SignUpState | null, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData, FIELDS);
  const ip = clientIp(await headers());
  const today = todayInBeijing();
  const outcome = await sendCodeOrSubmit(formData, values, {
    codeSchema: signUpCodeSchema(today),
    sendCode: (data) => requestSignUpCode(data, ip),
    codeSent: "identity.signup.codeSent",
    schema: signUpSchema(today),
    submit: (data) => registerCandidate(data, ip),
  });
  if ("answer" in outcome) return outcome.answer;
  await signIn("credentials", { login: outcome.submitted.idNumber, password: outcome.submitted.password, redirectTo: "/me" });
  return fail("errors.generic", {}, values);
}
