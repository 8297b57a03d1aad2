import { type z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { changePasswordFields, passwordShapeField, type signUpCodeSchema, signUpFieldsSchema } from "./account-fields";
import { passwordWeakness, personalInputs } from "./password-strength";

export { mobileField, otpCodeField, passwordShapeField, realNameField, signUpCodeSchema } from "./account-fields";

/**
 * The account actions' schemas: the browser's fields (account-fields.ts, ADR 133) and, on the
 * server only, issue 10's strength check (zxcvbn-ts, see password-strength.ts). The one password
 * rule of the portal: sign-up, reset, change and an administrator's temporary password all use it.
 */
const passwordShape = passwordShapeField;

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

/** Sign-up's second step on the server: the browser's fields and the strength with the person's own data. */
export function signUpSchema(today: IsoDate) {
  return signUpFieldsSchema(today).superRefine((v, ctx) => refineStrength(v.password, v, ctx));
}

/** `inputs`: the signed-in person's own data (personalInputs of their ID number and mobile). */
export function changePasswordSchemaFor(inputs: readonly string[]) {
  return changePasswordFields(strongPassword(inputs));
}

export const changePasswordSchema = changePasswordSchemaFor([]);

export type SignUpInput = z.input<ReturnType<typeof signUpSchema>>;
export type SignUpCodeData = z.output<ReturnType<typeof signUpCodeSchema>>;
export type SignUpData = z.output<ReturnType<typeof signUpSchema>>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;
