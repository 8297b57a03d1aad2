import { z } from "zod";
import { parseCorrection } from "@/lib/domain/correction";
import type { IsoDate } from "@/lib/domain/types";
import { checkbox } from "./fields";

/**
 * The privacy rights forms of `me/data` (issue 11, PIPL arts. 46–47), shared by the browser
 * (zodResolver, ADR 133) and the actions. The use cases check again (the password, the open
 * request, the ID card scan): these are the form's own rules.
 */

/** Closing the account: the current password and the ticked confirmation. */
export const closeAccountSchema = z.object({
  password: z.string({ error: "privacy.errors.passwordRequired" }).min(1, "privacy.errors.passwordRequired"),
  confirm: checkbox.refine((v) => v, "privacy.errors.closeConfirmRequired"),
});

export const CORRECTION_FIELDS = ["NAME", "ID_NUMBER", "MOBILE"] as const;

/**
 * A correction request: which field, the corrected value (the same rules as at sign-up,
 * lib/domain/correction.ts) and why. The ID card scan beside it is checked on the server (a file).
 * `today`: the server's (rules out an ID number born in the future).
 */
export function correctionSchema(today: IsoDate) {
  return z
    .object({
      field: z.enum(CORRECTION_FIELDS, { error: "privacy.errors.correctionField" }),
      value: z.string({ error: "errors.required" }),
      reason: z
        .string({ error: "privacy.errors.correctionReason" })
        .trim()
        .min(2, "privacy.errors.correctionReason")
        .max(300, "errors.tooLong"),
    })
    .superRefine((v, ctx) => {
      const parsed = parseCorrection(v.field, v.value, today);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["value"], message: parsed.error });
    });
}

export type CloseAccountData = z.output<typeof closeAccountSchema>;
export type CorrectionData = z.output<ReturnType<typeof correctionSchema>>;
