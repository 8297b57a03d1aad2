import { z } from "zod";
import { parseYuan } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import { isoDate, optionalText } from "./fields";

/** 五(二): what the candidate types beside the receipt; the receipt file is checked by content. */
export function paymentSchema(today: IsoDate) {
  return z.object({
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
    proxyNote: optionalText(300),
  });
}

export type PaymentInput = z.output<ReturnType<typeof paymentSchema>>;
