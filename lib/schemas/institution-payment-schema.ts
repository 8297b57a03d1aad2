import { z } from "zod";
import type { IsoDate } from "@/lib/domain/types";
import { checkbox, isoDate } from "./fields";
import { receiptFields } from "./payment-schema";

/** 五(一) for a whole batch (ADR 096): approved candidates of any of the institution's projects in one batch. */
export const batchPaymentSelectionSchema = z.object({
  batchId: z.string().uuid("institution.errors.batchNotFound"),
  // The ticked boxes: a list from the server's FormData, and from react-hook-form a list, one value
  // (the only box of the form) or false (none ticked).
  applicationIds: z.preprocess(
    (v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : typeof v === "string" ? [v] : []),
    z
      .array(z.string().uuid("institution.errors.payment.noneSelected"))
      .min(1, "institution.errors.payment.noneSelected")
      .max(5000),
  ),
});

/** The receipt form: 五(一) "需备注考核日期、人数", and the amount against the sum of head count × fee per project. */
export function batchPaymentSchema(today: IsoDate) {
  return batchPaymentSelectionSchema.extend({
    ...receiptFields(today),
    examDate: isoDate,
    headCount: z.coerce
      .number({ error: "institution.errors.payment.headCount" })
      .int("institution.errors.payment.headCount")
      .min(1, "institution.errors.payment.headCount"),
    acceptMismatch: checkbox,
  });
}

export type BatchPaymentInput = z.output<ReturnType<typeof batchPaymentSchema>>;
