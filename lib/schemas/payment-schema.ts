import { z } from "zod";
import { parseYuan } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import { isoDate, optionalText } from "./fields";
import { hiddenId } from "./hidden-ids";

/**
 * What a bank receipt says (五), typed beside it by a candidate or an institution alike; the
 * receipt file itself is checked by content on the server.
 */
export function receiptFields(today: IsoDate) {
  return {
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
  };
}

/** 五(二): the candidate's receipt, with the proxy note when someone else paid. */
export function paymentSchema(today: IsoDate) {
  return z.object({ ...receiptFields(today), proxyNote: optionalText(300) });
}

export type PaymentInput = z.output<ReturnType<typeof paymentSchema>>;

/** The candidate's payment form (ADR 133): the receipt's fields and the application's id, the action unbound. */
export function paymentFormSchema(today: IsoDate) {
  return paymentSchema(today).extend({ applicationId: hiddenId });
}
