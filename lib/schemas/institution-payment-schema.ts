import { z } from "zod";
import { parseYuan } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import { isoDate } from "./fields";

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** 五(一): the candidates the notice was made for, and the receipt's details. */
export const paymentSelectionSchema = z.object({
  planId: z.string().uuid("institution.errors.planNotFound"),
  applicationIds: z
    .array(z.string().uuid("institution.errors.payment.noneSelected"))
    .min(1, "institution.errors.payment.noneSelected")
    .max(5000),
});

/** The receipt form: 五(一) "需备注考核日期、人数", and the amount against head count × fee. */
export function bulkPaymentSchema(today: IsoDate) {
  return paymentSelectionSchema.extend({
    payerName: z
      .string({ error: "errors.payment.payerName" })
      .trim()
      .min(2, "errors.payment.payerName")
      .max(60, "errors.tooLong"),
    amount: z.string({ error: "errors.payment.amount" }).transform((value, ctx) => {
      const fen = parseYuan(value);
      if (fen === null || fen <= 0) {
        ctx.addIssue({ code: "custom", message: "errors.payment.amount" });
        return z.NEVER;
      }
      return fen;
    }),
    transferDate: isoDate.refine((d) => d <= today, "errors.payment.futureDate"),
    examDate: isoDate,
    headCount: z.coerce
      .number({ error: "institution.errors.payment.headCount" })
      .int("institution.errors.payment.headCount")
      .min(1, "institution.errors.payment.headCount"),
    acceptMismatch: checkbox,
  });
}

export type BulkPaymentInput = z.output<ReturnType<typeof bulkPaymentSchema>>;
