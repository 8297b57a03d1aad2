import "server-only";
import { AppError } from "@/lib/app-error";
import { fromIsoDate } from "@/lib/dates";
import type { Tx } from "@/lib/db-client";
import type { IsoDate } from "@/lib/domain/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fileStore } from "@/lib/server/storage/file-store";
import { prepareUpload, type PreparedUpload } from "@/lib/server/uploads/accept-upload";

/**
 * The bank receipt of 五, inspected before the transaction opens (the upload rules' receipt
 * purpose, stored as sent, never auto-fitted). The candidate's and the institution's payments
 * take it alike; callers check ownership first, so nobody makes the server decode a file for
 * someone else's application.
 */
export async function prepareReceipt(receipt: { bytes: Uint8Array; name: string }): Promise<PreparedUpload> {
  const prepared = await prepareUpload(receipt.bytes, receipt.name, "receipt", { autoFit: false });
  if (!prepared.ok) throw new AppError("INVALID", "errors.payment.receipt", { receipt: [prepared.failure] });
  return prepared;
}

/** What the payer typed beside the receipt (`receiptFields` of lib/schemas/payment-schema.ts, parsed). */
export interface TypedReceipt {
  payerName: string;
  /** In fen. */
  amount: number;
  transferDate: IsoDate;
}

/** What the portal adds to what was typed: the amount due, the exam date and head count it is for. */
export type ReceiptFields = Pick<
  Prisma.PaymentUncheckedCreateInput,
  "expectedAmountFen" | "proxyNote" | "examDateNote" | "headCount"
>;

/** Set only when the Payment row is first created: whose payment it is and for which applications. */
export type NewPaymentRow = Pick<Prisma.PaymentUncheckedCreateInput, "channel" | "planId" | "institutionId" | "items">;

/**
 * Stores the receipt and writes the Payment row of `referenceCode`, back to PENDING for the
 * center. A receipt the center returned is replaced on the same row, so the reference code in
 * the transfer remark stays the one the payer was shown, and the old file goes; a payment that
 * is pending or confirmed is not replaced (CONFLICT).
 */
export async function writeReceiptPayment(
  tx: Tx,
  input: {
    referenceCode: string;
    receipt: PreparedUpload;
    typed: TypedReceipt;
    fields: ReceiptFields;
    submittedById: string;
    newRow: NewPaymentRow;
  },
): Promise<void> {
  const { referenceCode, receipt } = input;
  const file = await fileStore.put({ bytes: receipt.bytes, mime: receipt.mime, originalName: receipt.name }, tx);
  const data = {
    payerName: input.typed.payerName,
    amountFen: input.typed.amount,
    transferDate: fromIsoDate(input.typed.transferDate),
    ...input.fields,
    receiptFileId: file.id,
    status: "PENDING" as const,
    returnReason: null,
    decidedById: null,
    decidedAt: null,
    submittedById: input.submittedById,
  };
  const previous = await tx.payment.findUnique({
    where: { referenceCode },
    select: { id: true, status: true, receiptFileId: true },
  });
  if (previous && previous.status !== "RETURNED") throw new AppError("CONFLICT", "errors.application.wrongState");
  if (previous) {
    await tx.payment.update({ where: { id: previous.id }, data, select: { id: true } });
    if (previous.receiptFileId) await tx.storedFile.delete({ where: { id: previous.receiptFileId }, select: { id: true } });
  } else {
    await tx.payment.create({ data: { ...data, ...input.newRow, referenceCode }, select: { id: true } });
  }
}
