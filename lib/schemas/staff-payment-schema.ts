import { z } from "zod";

export const returnPaymentSchema = z.object({
  reason: z
    .string({ error: "staffPayments.errors.reasonRequired" })
    .trim()
    .min(2, "staffPayments.errors.reasonRequired")
    .max(300, "errors.tooLong"),
});

/** Accepted suggestions post `lineId:paymentId` pairs. */
export const acceptMatchesSchema = z.object({
  pairs: z
    .array(z.string().regex(/^[0-9a-f-]{36}:[0-9a-f-]{36}$/i))
    .min(1, "staffPayments.statement.noneSelected")
    .max(500)
    .transform((all) => all.map((p) => ({ lineId: p.slice(0, 36), paymentId: p.slice(37) }))),
});
