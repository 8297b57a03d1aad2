import { z } from "zod";
import { normalizeRemark } from "@/lib/domain/bank-statement-match";
import { settleRefundSchema } from "./refund-schema";
import { returnPaymentSchema } from "./staff-payment-schema";

/**
 * Finance's forms as the browser and the action both parse them (ADR 133, 140): the receipt,
 * refund or statement line travels in a hidden input (unbound actions). A wrong hidden id is the
 * page's fault, said as the generic error.
 */
const id = z.uuid("errors.generic");

/** 确认收费: a button; the receipt's id. */
export const confirmPaymentFormSchema = z.object({ paymentId: id });

export const returnPaymentFormSchema = returnPaymentSchema.extend({ paymentId: id });

/** A receipt of a cancelled plan closed (ADR 080): the button pressed (`arrived` = yes/no) says whether the money came. */
export const closeReceiptFormSchema = z.object({ paymentId: id });

export const settleRefundFormSchema = settleRefundSchema.extend({ refundId: id });

/** Leftover lines linked to one receipt: the code as a bank's remark would carry it, and why (2–200 characters). */
const linkReason = z
  .string({ error: "reconciliation.errors.reason" })
  .trim()
  .min(2, "reconciliation.errors.reason")
  .max(200, "reconciliation.errors.reason");

export const linkLinesFormSchema = z.object({
  referenceCode: z
    .string({ error: "reconciliation.errors.code" })
    .transform(normalizeRemark)
    .pipe(z.string().regex(/^(GR|JG)[0-9A-Z]{8}$/, "reconciliation.errors.code")),
  reason: linkReason,
});

export const dismissLineFormSchema = z.object({ lineId: id, reason: linkReason });

/** A chosen, non-empty file: a `File` on the server, the input's `FileList` in the browser. */
function isChosenFile(value: unknown): boolean {
  if (typeof File !== "undefined" && value instanceof File) return value.size > 0;
  if (typeof value === "object" && value !== null && "length" in value && "item" in value) {
    const list = value as { length: number; item(index: number): unknown };
    return list.length > 0 && isChosenFile(list.item(0));
  }
  return false;
}

/** The bank's export; its size and contents are the action's to judge. */
export const statementImportFormSchema = z.object({
  file: z.custom<unknown>(isChosenFile, "staffPayments.statement.empty"),
});

/** Accepted suggestions: the ticked `pair`s are the server-rendered table's, checked by the action (`acceptMatchesSchema`). */
export const acceptMatchesFormSchema = z.object({});
