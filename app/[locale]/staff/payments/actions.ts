"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult, type FieldErrors } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { acceptMatchesSchema } from "@/lib/schemas/staff-payment-schema";
import {
  confirmPaymentFormSchema,
  dismissLineFormSchema,
  linkLinesFormSchema,
  returnPaymentFormSchema,
  statementImportFormSchema,
} from "@/lib/schemas/staff-payment-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { acceptStatementMatches, type AcceptMatchesDto } from "@/lib/server/payments/bank-statement-accept";
import { importBankStatement, MAX_STATEMENT_BYTES, type ImportStatementDto } from "@/lib/server/payments/bank-statement-import";
import { confirmPayment, type ConfirmPaymentDto } from "@/lib/server/payments/confirm-payment";
import { returnPayment } from "@/lib/server/payments/return-payment";
import { dismissStatementLine, linkStatementLines, type LinkLinesDto } from "@/lib/server/payments/statement-line-resolve";

/** The schema's field errors; a hidden id that does not parse is the page's fault, said once as the form's error. */
function failHidden<Data>(
  fieldErrors: FieldErrors,
  hidden: readonly string[],
  values: Record<string, string>,
): ActionResult<Data> {
  if (hidden.some((name) => fieldErrors[name])) return fail("errors.generic", {}, values);
  return fail(null, fieldErrors, values);
}

function refresh() {
  revalidatePath("/[locale]/staff/payments", "layout");
}

/** 五 确认收费; a second click answers "already confirmed" instead of an error. */
export async function confirmPaymentAction(
  _previous: ActionResult<ConfirmPaymentDto> | null,
  formData: FormData,
): Promise<ActionResult<ConfirmPaymentDto>> {
  const parsed = confirmPaymentFormSchema.safeParse({ paymentId: formData.get("paymentId") });
  if (!parsed.success) return fail("errors.generic");
  let result: ConfirmPaymentDto;
  try {
    const actor = await requireRole("FINANCE");
    result = await confirmPayment(actor, parsed.data.paymentId, now());
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(result);
}

export async function returnPaymentAction(
  _previous: ActionResult<{ changed: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ changed: boolean }>> {
  const values = formValues(formData, ["reason"]);
  const parsed = returnPaymentFormSchema.safeParse({ ...values, paymentId: formData.get("paymentId") });
  if (!parsed.success) return failHidden(zodFieldErrors(parsed.error), ["paymentId"], values);
  let result: { changed: boolean };
  try {
    const actor = await requireRole("FINANCE");
    result = await returnPayment(actor, parsed.data.paymentId, parsed.data.reason, now());
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
  const parsed = statementImportFormSchema.safeParse({ file });
  if (!parsed.success || !(file instanceof File)) return fail(null, { file: ["staffPayments.statement.empty"] });
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
  const parsed = linkLinesFormSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  if (lineIds.length === 0) return fail("reconciliation.errors.lines", { lines: ["reconciliation.errors.lines"] }, values);
  let result: LinkLinesDto;
  try {
    const actor = await requireRole("FINANCE");
    result = await linkStatementLines(
      actor,
      { lineIds, referenceCode: parsed.data.referenceCode, reason: parsed.data.reason },
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
  _previous: ActionResult<{ lineId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ lineId: string }>> {
  const values = formValues(formData, ["reason"]);
  const parsed = dismissLineFormSchema.safeParse({ ...values, lineId: formData.get("lineId") });
  if (!parsed.success) return failHidden(zodFieldErrors(parsed.error), ["lineId"], values);
  try {
    const actor = await requireRole("FINANCE");
    await dismissStatementLine(actor, parsed.data, now());
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
  return succeed({ lineId: parsed.data.lineId });
}
