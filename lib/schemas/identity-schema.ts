import type { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { refineStrength } from "./account-schema";
import { resetPasswordFieldsSchema } from "./identity-fields";

export {
  mobileChangeCodeSchema,
  mobileChangeSchema,
  resetCodeSchema,
  smsLoginCodeSchema,
  smsLoginSchema,
} from "./identity-fields";

/** The reset on the server: the browser's fields (identity-fields.ts) and the strength with the ID number. */
export function resetPasswordSchema(today: IsoDate) {
  return resetPasswordFieldsSchema(today).superRefine((v, ctx) => refineStrength(v.password, { idNumber: v.idNumber }, ctx));
}
export type ResetPasswordData = z.output<ReturnType<typeof resetPasswordSchema>>;
