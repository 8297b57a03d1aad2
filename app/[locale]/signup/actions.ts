"use server";

import { z } from "zod";
import { signIn } from "@/auth";
import { fail, type ActionResult } from "@/lib/action-result";
import { signUpSchema } from "@/lib/schemas/account-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { registerCandidate } from "@/lib/server/accounts/register-candidate";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";

export async function signUpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["name", "idNumber", "mobile", "email"]);
  const parsed = signUpSchema(todayInBeijing()).safeParse({
    ...values,
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return fail(null, z.flattenError(parsed.error).fieldErrors, values);
  try {
    await registerCandidate(parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  await signIn("credentials", { login: parsed.data.idNumber, password: parsed.data.password, redirectTo: "/me" });
  return fail("errors.generic", {}, values);
}
