"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { batchPaymentSchema, batchPaymentSelectionSchema } from "@/lib/schemas/institution-payment-schema";
import { actionFailure, formValues, refusalShowing } from "@/lib/server/action-failure";
import { requireInstitution, type Actor } from "@/lib/server/auth/session";
import {
  batchPaymentNotice,
  submitBatchPayment,
  type BatchPaymentNoticeDto,
  type BatchPaymentResult,
} from "@/lib/server/institution/payments/batch-payment";
import { rebuildBatchNotice } from "@/lib/server/institution/payments/rebuild-batch-notice";
import { readUpload } from "@/lib/server/uploads/read-upload";

const ids = (formData: FormData) => formData.getAll("applicationIds").filter((v): v is string => typeof v === "string");

/** 五(一) for a whole batch (ADR 096), step one: one notice for the ticked candidates of every project. */
export async function batchPaymentNoticeAction(
  _previous: ActionResult<BatchPaymentNoticeDto> | null,
  formData: FormData,
): Promise<ActionResult<BatchPaymentNoticeDto>> {
  // The ticked ids are kept (comma-joined) so a post without JavaScript shows the same boxes ticked.
  const values = { ...formValues(formData, ["batchId"]), applicationIds: ids(formData).join(",") };
  try {
    const actor = await requireInstitution();
    const parsed = batchPaymentSelectionSchema.safeParse({ ...values, applicationIds: ids(formData) });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    return succeed(await batchPaymentNotice(actor, parsed.data.batchId, parsed.data.applicationIds, shanghaiDate(now())));
  } catch (error) {
    return actionFailure(error, values);
  }
}

/**
 * Step two: one bank receipt for the whole notice; every candidate of it is marked paid. A refusal
 * carries the notice, rebuilt from the ids posted (ADR 148), so a post without JavaScript shows it
 * again above the form; the ids are kept (comma-joined) to tell which notice a refusal is about.
 */
export async function submitBatchPaymentAction(
  _previous: ActionResult<BatchPaymentResult, BatchPaymentNoticeDto> | null,
  formData: FormData,
): Promise<ActionResult<BatchPaymentResult, BatchPaymentNoticeDto>> {
  const values: Record<string, string> = {
    ...formValues(formData, ["batchId", "payerName", "amount", "transferDate", "examDate", "headCount"]),
    applicationIds: ids(formData).join(","),
  };
  let actor: Actor;
  try {
    actor = await requireInstitution();
  } catch (error) {
    return actionFailure(error, values);
  }
  const today = shanghaiDate(now());
  const refused = (refusal: ActionResult<never>) =>
    refusalShowing(refusal, () => rebuildBatchNotice(actor, values.batchId ?? "", ids(formData), today));
  let result: BatchPaymentResult;
  try {
    const parsed = batchPaymentSchema(today).safeParse({
      ...values,
      applicationIds: ids(formData),
      acceptMismatch: formData.get("acceptMismatch"),
    });
    if (!parsed.success) return refused(fail(null, zodFieldErrors(parsed.error), values));
    const file = await readUpload(formData, "receipt");
    if ("error" in file) return refused(fail(null, { receipt: [file.error] }, values));
    result = await submitBatchPayment(actor, parsed.data, file, today);
  } catch (error) {
    return refused(actionFailure(error, values));
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(result);
}
