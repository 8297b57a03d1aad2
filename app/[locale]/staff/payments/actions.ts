"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { acceptMatchesSchema, returnPaymentSchema } from "@/lib/schemas/staff-payment-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { acceptStatementMatches, type AcceptMatchesDto } from "@/lib/server/payments/bank-statement-accept";
import { importBankStatement, MAX_STATEMENT_BYTES, type ImportStatementDto } from "@/lib/server/payments/bank-statement-import";
import { confirmPayment, type ConfirmPaymentDto } from "@/lib/server/payments/confirm-payment";
import { returnPayment } from "@/lib/server/payments/return-payment";
import { dismissStatementLine, linkStatementLines, type LinkLinesDto } from "@/lib/server/payments/statement-line-resolve";

function refresh() {
  revalidatePath("/[locale]/staff/payments", "layout");
}

/** 五 确认收费; a second click answers "already confirmed" instead of an error. */
export async function confirmPaymentAction(
  paymentId: string,
  _previous: ActionResult<ConfirmPaymentDto> | null,
): Promise<ActionResult<ConfirmPaymentDto>> {
  let result: ConfirmPaymentDto;
  try {
    const actor = await requireRole("FINANCE");
    result = await confirmPayment(actor, paymentId, now());
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(result);
}

export async function returnPaymentAction(
  paymentId: string,
  _previous: ActionResult<{ changed: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ changed: boolean }>> {
  const values = formValues(formData, ["reason"]);
  const parsed = returnPaymentSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  let result: { changed: boolean };
  try {
    const actor = await requireRole("FINANCE");
    result = await returnPayment(actor, paymentId, parsed.data.reason, now());
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
  return succeed(result);
}

export async function importStatementAction(
  _previous: ActionResult<ImportStatementDto> | null,
  formData: FormData,
): Promise<ActionResult<ImportStatementDto>> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return fail(null, { file: ["staffPayments.statement.empty"] });
  if (file.size > MAX_STATEMENT_BYTES) return fail(null, { file: ["staffPayments.statement.tooLarge"] });
  let result: ImportStatementDto;
  try {
    const actor = await requireRole("FINANCE");
    result = await importBankStatement(actor, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, now());
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(result);
}

export async function acceptMatchesAction(
  _previous: ActionResult<AcceptMatchesDto> | null,
  formData: FormData,
): Promise<ActionResult<AcceptMatchesDto>> {
  const parsed = acceptMatchesSchema.safeParse({ pairs: formData.getAll("pair").map(String) });
  if (!parsed.success) return fail("staffPayments.statement.noneSelected");
  let result: AcceptMatchesDto;
  try {
    const actor = await requireRole("FINANCE");
    const at = now();
    result = await acceptStatementMatches(actor, parsed.data.pairs, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(result);
}

/** 五: leftover lines (one, or several of one payer) linked to a receipt by hand, with a reason. */
export async function linkStatementLinesAction(
  _previous: ActionResult<LinkLinesDto> | null,
  formData: FormData,
): Promise<ActionResult<LinkLinesDto>> {
  const values = formValues(formData, ["referenceCode", "reason"]);
  const lineIds = formData.getAll("line").map(String);
  if (lineIds.length === 0) return fail("reconciliation.errors.lines", { lines: ["reconciliation.errors.lines"] }, values);
  let result: LinkLinesDto;
  try {
    const actor = await requireRole("FINANCE");
    result = await linkStatementLines(
      actor,
      { lineIds, referenceCode: values.referenceCode ?? "", reason: values.reason ?? "" },
      now(),
    );
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
  return succeed(result);
}

/** 五: a line that is no candidate's payment, set aside with a reason. */
export async function dismissStatementLineAction(
  lineId: string,
  _previous: ActionResult<{ lineId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ lineId: string }>> {
  const values = formValues(formData, ["reason"]);
  try {
    const actor = await requireRole("FINANCE");
    await dismissStatementLine(actor, { lineId, reason: values.reason ?? "" }, now());
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
  return succeed({ lineId });
}
