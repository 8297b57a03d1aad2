import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { mobileField, otpCodeField, passwordShapeField } from "./account-fields";
import { idNumberField } from "./fields";

/**
 * The identity forms' fields, safe for the browser (ADR 133); identity-schema.ts adds the
 * password's strength on the server. Nothing here may import password-strength.ts.
 */
const loginField = z.string().trim().min(1, "errors.required").max(64, "errors.tooLong");

/** "短信验证码登录" (issue 10): the ID number, then the code. */
export const smsLoginCodeSchema = z.object({ login: loginField });
export const smsLoginSchema = z.object({ login: loginField, code: otpCodeField });

/** "忘记密码" (issue 10): the ID number, then the code and the new password. */
export function resetCodeSchema(today: IsoDate) {
  return z.object({ idNumber: idNumberField(today) });
}

/** The reset's fields with the new password's shape (the strength is the server's). */
export function resetPasswordFieldsSchema(today: IsoDate) {
  return z
    .object({ idNumber: idNumberField(today), code: otpCodeField, password: passwordShapeField, confirmPassword: z.string() })
    .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" });
}

/** Change of mobile (issue 10): the new number and the current password, then the code sent to it. */
export const mobileChangeCodeSchema = z.object({ mobile: mobileField, currentPassword: z.string().min(1, "errors.required") });
export const mobileChangeSchema = z.object({ mobile: mobileField, code: otpCodeField });
