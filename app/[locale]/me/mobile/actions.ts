"use server";

import type { MessageKey } from "@/lib/i18n/message-key";
import { headers } from "next/headers";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { signOut } from "@/auth";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { mobileChangeCodeSchema, mobileChangeSchema } from "@/lib/schemas/identity-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { changeMobile, requestMobileChangeCode } from "@/lib/server/accounts/change-mobile";
import { requireCandidate } from "@/lib/server/auth/session";
import { clientIp } from "@/lib/server/http/client-ip";

export type MobileChangeState = ActionResult<{ notice: MessageKey; values: Record<string, string> }>;

/** Change of mobile (issue 10): `intent=code` checks the password and sends a code to the new number. */
export async function changeMobileAction(_previous: MobileChangeState | null, formData: FormData): Promise<MobileChangeState> {
  const values = formValues(formData, ["mobile", "code"]);
  let actor;
  try {
    actor = await requireCandidate();
  } catch (error) {
    return actionFailure(error, values);
  }
  if (formData.get("intent") === "code") {
    const parsed = mobileChangeCodeSchema.safeParse({ ...values, currentPassword: formData.get("currentPassword") });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    try {
      await requestMobileChangeCode(actor, parsed.data, clientIp(await headers()));
    } catch (error) {
      return actionFailure(error, values);
    }
    return succeed({ notice: "identity.mobile.codeSent", values });
  }
  const parsed = mobileChangeSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await changeMobile(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  await signOut({ redirectTo: "/login?mobileChanged=1" });
  return fail("errors.generic", {}, values);
}
