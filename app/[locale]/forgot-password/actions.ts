"use server";

import type { MessageKey } from "@/lib/i18n/message-key";
import { headers } from "next/headers";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { resetCodeSchema, resetPasswordSchema } from "@/lib/schemas/identity-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requestPasswordResetCode, resetPassword } from "@/lib/server/accounts/reset-password";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { clientIp } from "@/lib/server/http/client-ip";
import { redirect } from "@/i18n/navigation";
import { getLocale } from "next-intl/server";

export type ResetState = ActionResult<{ notice: MessageKey; values: Record<string, string> }>;

/** "忘记密码" (issue 10): `intent=code` sends the code to the account's mobile; else the reset. */
export async function resetPasswordAction(_previous: ResetState | null, formData: FormData): Promise<ResetState> {
  const values = formValues(formData, ["idNumber", "code"]);
  const ip = clientIp(await headers());
  if (formData.get("intent") === "code") {
    const parsed = resetCodeSchema(todayInBeijing()).safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    try {
      await requestPasswordResetCode(parsed.data.idNumber, ip);
    } catch (error) {
      return actionFailure(error, values);
    }
    return succeed({ notice: "identity.reset.codeSent", values });
  }
  const parsed = resetPasswordSchema(todayInBeijing()).safeParse({
    ...values,
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await resetPassword(parsed.data, ip);
  } catch (error) {
    return actionFailure(error, values);
  }
  redirect({ href: { pathname: "/login", query: { reset: "1" } }, locale: await getLocale() });
  return fail("errors.generic", {}, values);
}
