import { z } from "zod";
import { isoDate } from "./fields";

/** Finance settles a refund: the transfer's date, the bank's reference and the account paid to (ADR 080). */
export const settleRefundSchema = z.object({
  paidOn: isoDate,
  bankReference: z
    .string({ error: "refunds.errors.referenceRequired" })
    .trim()
    .min(4, "refunds.errors.referenceRequired")
    .max(60, "errors.tooLong"),
  payerAccount: z
    .string({ error: "refunds.errors.accountRequired" })
    .trim()
    .min(4, "refunds.errors.accountRequired")
    .max(60, "errors.tooLong"),
});

/** The officer's choice in a merge preview: paid applications whose candidate keeps the target's. */
export const keepTargetSchema = z.array(z.string().uuid()).max(500).default([]);
