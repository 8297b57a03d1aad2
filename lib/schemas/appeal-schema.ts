import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { refineStrength } from "./account-schema";
import { appealFieldsSchema } from "./appeal-fields";

/**
 * 账号申诉 (issue 10): who the person is, how to reach them, the password of the account to create.
 * The browser's fields (appeal-fields.ts) and, on the server only, the strength check.
 */
export function appealSchema(today: IsoDate) {
  return appealFieldsSchema(today).superRefine((v, ctx) =>
    refineStrength(v.password, { idNumber: v.idNumber, mobile: v.contactMobile }, ctx),
  );
}

export const appealDecisionSchema = z
  .object({
    appealId: z.uuid("errors.generic"),
    decision: z.enum(["approve", "reject"]),
    reason: z.string().trim().max(500, "errors.tooLong"),
  })
  .refine((v) => v.decision === "approve" || v.reason.length >= 2, {
    path: ["reason"],
    message: "identity.appeal.reasonRequired",
  });

export type AppealData = z.output<ReturnType<typeof appealSchema>>;
export type AppealDecisionData = z.output<typeof appealDecisionSchema>;
