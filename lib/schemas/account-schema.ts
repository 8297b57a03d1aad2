import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { unprintableChars } from "@/lib/domain/pdf-glyphs";
import { checkbox, idNumberField } from "./fields";
import { notificationEmailField } from "./notification-email-schema";
import { passwordWeakness, personalInputs } from "./password-strength";

/**
 * Issue 3: at least 8 characters with letters and digits; one message per rule. Issue 10: and not
 * guessable (zxcvbn-ts, see password-strength.ts). The one password rule of the portal: sign-up,
 * reset, change and an administrator's temporary password all use it.
 */
const passwordShape = z
  .string()
  .min(8, "errors.password.tooShort")
  .max(128, "errors.tooLong")
  .regex(/[A-Za-z]/, "errors.password.needsLetter")
  .regex(/\d/, "errors.password.needsDigit");

/** The rule with the person's own data (ID number, birth date, mobile) as things it must not be built from. */
export function strongPassword(inputs: readonly string[] = []) {
  return passwordShape.superRefine((value, ctx) => {
    const weak = passwordWeakness(value, inputs);
    if (weak) ctx.addIssue({ code: "custom", message: weak });
  });
}

export const passwordField = strongPassword();

/**
 * The strength check for a form that carries the person's own ID number and mobile: the field
 * checks the shape only, this adds one strength message once the shape is right.
 */
export function refineStrength(
  password: string,
  data: { idNumber?: string; mobile?: string },
  ctx: z.core.$RefinementCtx,
  path = "password",
) {
  if (!passwordShape.safeParse(password).success) return;
  const weak = passwordWeakness(password, personalInputs(data));
  if (weak) ctx.addIssue({ code: "custom", path: [path], message: weak });
}

/** The shape only (length, letters, digits): for forms that add refineStrength with the person's data. */
export const passwordShapeField = passwordShape;

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

/** Sign-up, first step (issue 10): who the person says they are and where to send the code. */
export function signUpCodeSchema(today: IsoDate) {
  return z.object({
    name: realNameField,
    idNumber: idNumberField(today),
    mobile: mobileField,
    email: notificationEmailField,
    ...consents,
  });
}

/** Sign-up, second step: the same fields, the code from the SMS and the password. */
export function signUpSchema(today: IsoDate) {
  return z
    .object({
      name: realNameField,
      idNumber: idNumberField(today),
      mobile: mobileField,
      email: notificationEmailField,
      ...consents,
      code: otpCodeField,
      password: passwordShape,
      confirmPassword: z.string(),
    })
    .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" })
    .superRefine((v, ctx) => refineStrength(v.password, v, ctx));
}

/** `inputs`: the signed-in person's own data (personalInputs of their ID number and mobile). */
export function changePasswordSchemaFor(inputs: readonly string[]) {
  return z
    .object({
      currentPassword: z.string().min(1, "errors.required"),
      newPassword: strongPassword(inputs),
      confirmPassword: z.string(),
    })
    .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "errors.password.same" });
}

export const changePasswordSchema = changePasswordSchemaFor([]);

export type SignUpInput = z.input<ReturnType<typeof signUpSchema>>;
export type SignUpCodeData = z.output<ReturnType<typeof signUpCodeSchema>>;
export type SignUpData = z.output<ReturnType<typeof signUpSchema>>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;
