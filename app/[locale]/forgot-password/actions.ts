"use server";

import { headers } from "next/headers";
import { fail } from "@/lib/action-result";
import { resetCodeSchema, resetPasswordSchema } from "@/lib/schemas/identity-schema";
import { formValues } from "@/lib/server/action-failure";
import { sendCodeOrSubmit, type CodeFormState } from "@/lib/server/accounts/send-code-or-submit";
import { requestPasswordResetCode, resetPassword } from "@/lib/server/accounts/reset-password";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { clientIp } from "@/lib/server/http/client-ip";
import { redirect } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";

export type ResetState = CodeFormState;

/** "忘记密码" (issue 10): `intent=code` sends the code to the account's mobile; else the reset. */
export async function resetPasswordAction(_previous: ResetState | null, formData: FormData): Promise<ResetState> {
  const values = formValues(formData, ["idNumber", "code"]);
  const ip = clientIp(await headers());
  const today = todayInBeijing();
  const outcome = await sendCodeOrSubmit(formData, values, {
    codeSchema: resetCodeSchema(today),
    sendCode: (data) => requestPasswordResetCode(data.idNumber, ip),
    codeSent: "identity.reset.codeSent",
    schema: resetPasswordSchema(today),
    submit: (data) => resetPassword(data, ip),
  });
  if ("answer" in outcome) return outcome.answer;
  redirect({ href: { pathname: "/login", query: { reset: "1" } }, locale: await getLocale() });
  return fail("errors.generic", {}, values);
}
