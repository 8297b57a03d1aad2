"use server";

import type { MessageKey } from "@/lib/i18n/message-key";
import { AuthError } from "next-auth";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { signIn } from "@/auth";
import { fail, type ActionResult } from "@/lib/action-result";
import { loginSchema } from "@/lib/schemas/login-schema";

/**
 * Works with JavaScript off too (stack-notes: next-auth v5 signIn inside a server action).
 * Unknown account and wrong password get the same answer: no user enumeration.
 */
export async function loginAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const login = formData.get("login");
  const values = { login: typeof login === "string" ? login : "" };
  const totp = formData.get("totp");
  const parsed = loginSchema.safeParse({
    login: formData.get("login"),
    password: formData.get("password"),
    totp: typeof totp === "string" ? totp : undefined,
  });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  const next = safeRedirect(formData.get("next"));
  try {
    await signIn("credentials", {
      login: parsed.data.login,
      password: parsed.data.password,
      totp: parsed.data.totp ?? "",
      redirectTo: next,
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = "code" in error ? (error as { code?: string }).code : undefined;
      if (code === "totp_required" || code === "totp_invalid") return fail(null, { totp: [LOGIN_TOTP_ERRORS[code]] }, values);
      return fail(LOGIN_ERRORS[code ?? ""] ?? "errors.loginInvalid", {}, values);
    }
    throw error; // the redirect after a successful sign-in
  }
  return fail("errors.generic", {}, values);
}

const LOGIN_ERRORS: Record<string, MessageKey> = {
  rate_limited: "errors.loginRateLimited",
  account_protected: "limits.loginUseSmsCode",
};

const LOGIN_TOTP_ERRORS = {
  totp_required: "staffAdmin.security.loginTotpRequired",
  totp_invalid: "staffAdmin.security.loginTotpInvalid",
} as const;

/** Only same-site paths: an open redirect would let a phishing link borrow the portal's name. */
function safeRedirect(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/me";
}
