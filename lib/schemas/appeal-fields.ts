import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { mobileField, passwordShapeField, realNameField } from "./account-fields";
import { checkbox, idNumberField } from "./fields";

/**
 * 账号申诉's fields, safe for the browser (ADR 133, as account-fields.ts): the form checks them as
 * the person types; the action parses with these plus the strength check (appeal-schema.ts),
 * which stays on the server. Nothing here may import password-strength.ts. The three ID card
 * files are checked by content on the server.
 */
export function appealFieldsSchema(today: IsoDate) {
  return z
    .object({
      name: realNameField,
      idNumber: idNumberField(today),
      contactMobile: mobileField,
      password: passwordShapeField,
      confirmPassword: z.string(),
      sensitiveConsent: checkbox.refine((v) => v, "identity.signup.sensitiveConsentRequired"),
    })
    .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "errors.password.mismatch" });
}
