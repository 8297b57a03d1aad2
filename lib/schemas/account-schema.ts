import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { idNumberField } from "./fields";
import { notificationEmailField } from "./notification-email-schema";

/** Issue 3: at least 8 characters with letters and digits; one message per rule. */
export const passwordField = z
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
  .regex(/^[\p{Script=Han}A-Za-z·• ]+$/u, "errors.realName");

export const mobileField = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, "errors.mobile");

export function signUpSchema(today: IsoDate) {
  return z
    .object({
      name: realNameField,
      idNumber: idNumberField(today),
      mobile: mobileField,
      email: notificationEmailField,
      password: passwordField,
      confirmPassword: z.string(),
    })
    .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" });
}

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.required"),
    newPassword: passwordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "errors.password.same" });

export type SignUpInput = z.input<ReturnType<typeof signUpSchema>>;
export type SignUpData = z.output<ReturnType<typeof signUpSchema>>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;
