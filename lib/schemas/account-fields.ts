import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { unprintableChars } from "@/lib/domain/pdf-glyphs";
import { checkbox, idNumberField } from "./fields";
import { notificationEmailField } from "./notification-email-schema";

/**
 * The account forms' fields, safe for the browser (ADR 133): the forms check them as the person
 * types (zodResolver) and the actions parse with the same fields plus the strength check of
 * account-schema.ts, which stays on the server (its dictionaries are about a megabyte). Nothing
 * here may import password-strength.ts.
 */

/** Issue 3: at least 8 characters with letters and digits; one message per rule. */
export const passwordShapeField = z
  .string()
  .min(8, "errors.password.tooShort")
  .max(128, "errors.tooLong")
  .regex(/[A-Za-z]/, "errors.password.needsLetter")
  .regex(/\d/, "errors.password.needsDigit");

export const realNameField = z
  .string()
  .trim()
  .min(2, "errors.realName")
  .max(30, "errors.realName")
  .regex(/^[\p{Script=Han}A-Za-z·• ]+$/u, "errors.realName")
  // GB 18030-2022: 王𠮷 is welcome, a character no PDF font can print is not (lib/domain/pdf-glyphs.ts).
  .refine((name) => unprintableChars(name).length === 0, "rareNames.errors.unprintable");

export const mobileField = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, "errors.mobile");

export const otpCodeField = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "identity.otp.format");

/** Both consents are unticked at first and must be ticked by the person (个人信息保护法 第十四、二十九条). */
const consents = {
  privacyConsent: checkbox.refine((v) => v, "identity.signup.privacyConsentRequired"),
  sensitiveConsent: checkbox.refine((v) => v, "identity.signup.sensitiveConsentRequired"),
};

/** Sign-up, first step (issue 10): who the person says they are and where to send the code. `today`: the server's. */
export function signUpCodeSchema(today: IsoDate) {
  return z.object({
    name: realNameField,
    idNumber: idNumberField(today),
    mobile: mobileField,
    email: notificationEmailField,
    ...consents,
  });
}

/** Sign-up, second step: the same fields, the code from the SMS and the password (its shape; strength on the server). */
export function signUpFieldsSchema(today: IsoDate) {
  return z
    .object({
      ...signUpCodeSchema(today).shape,
      code: otpCodeField,
      password: passwordShapeField,
      confirmPassword: z.string(),
    })
    .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" });
}

/** Change password, with `newPassword` as given (the shape in the browser, the strength on the server). */
export function changePasswordFields(newPassword: z.ZodType<string, string>) {
  return z
    .object({
      currentPassword: z.string().min(1, "errors.required"),
      newPassword,
      confirmPassword: z.string(),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "errors.password.same" });
}

export const changePasswordFieldsSchema = changePasswordFields(passwordShapeField);
