"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { bulkApproveSchema, RETURN_REASON_KEYS, returnSchema } from "@/lib/schemas/staff-review-schema";
import {
  approveFormSchema,
  pickField,
  reasonField,
  rejectFormSchema,
  returnFormSchema,
  returnFormValues,
} from "@/lib/schemas/staff-review-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { composeReturnReasons } from "@/lib/server/admin/manage-return-reasons";
import { bulkApprove, type BulkApproveDto } from "@/lib/server/review/bulk-approve";
import { decideApplication, type DecisionDto, type ReviewDecision } from "@/lib/server/review/decide-application";

/**
 * The reviewer's decisions (四). A colleague who got there first is not an error page but a
 * sentence: AlreadyDecidedError's failure carries who, when and the status now (ADR 130).
 */
async function decide(
  applicationId: string,
  version: number,
  decision: ReviewDecision,
  values: Record<string, string>,
): Promise<ActionResult<DecisionDto>> {
  let result: DecisionDto;
  try {
    const actor = await requireRole("REVIEWER");
    const at = now();
    result = await decideApplication(actor, applicationId, version, decision, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/review", "layout");
  return succeed(result);
}

/** A hidden field that does not parse (the page is stale or was edited): said once, as the form's error. */
function staleFailure<Data>(values: Record<string, string> = {}): ActionResult<Data> {
  return fail("staffReview.errors.stale", {}, values);
}

export async function approveAction(
  _previous: ActionResult<DecisionDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionDto>> {
  const parsed = approveFormSchema.safeParse({ applicationId: formData.get("applicationId"), version: formData.get("version") });
  if (!parsed.success) return staleFailure();
  return decide(parsed.data.applicationId, parsed.data.version, { kind: "approve" }, {});
}

/** 退回修改 (ADR 140): the form's schema first (ids, words, at least one reason), then the ready texts composed and checked. */
export async function returnAction(
  _previous: ActionResult<DecisionDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionDto>> {
  const values = formValues(formData, RETURN_REASON_KEYS.map(reasonField));
  const parsed = returnFormSchema.safeParse(returnFormValues(formData));
  if (!parsed.success) {
    const flat = zodFieldErrors(parsed.error);
    if (flat.applicationId || flat.version) return staleFailure(values);
    return fail(null, flat, values);
  }
  const form = parsed.data;
  const free = Object.fromEntries(RETURN_REASON_KEYS.map((key) => [key, form[reasonField(key)]]));
  // Issue 16 item 10: ticked ready-made reasons (ids) come before the reviewer's own words.
  const picks = Object.fromEntries(RETURN_REASON_KEYS.map((key) => [key, form[pickField(key)]]));
  let reasons: Record<string, string>;
  try {
    reasons = await composeReturnReasons(await requireRole("REVIEWER"), picks, free);
  } catch (error) {
    return actionFailure(error, values);
  }
  const composed = returnSchema.safeParse({ version: form.version, reasons });
  if (!composed.success) {
    const flat = zodFieldErrors(composed.error);
    // Said where the browser's check says it (the first field's words), so it clears the same way (ADR 149).
    return fail(
      null,
      { [reasonField(RETURN_REASON_KEYS[0])]: [flat.reasons?.[0] ?? "staffReview.errors.reasonRequired"] },
      values,
    );
  }
  return decide(form.applicationId, composed.data.version, { kind: "return", reasons: composed.data.reasons }, values);
}

export async function rejectAction(
  _previous: ActionResult<DecisionDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionDto>> {
  const values = formValues(formData, ["reason"]);
  const parsed = rejectFormSchema.safeParse({
    applicationId: formData.get("applicationId"),
    version: formData.get("version"),
    reason: formData.get("reason"),
  });
  if (!parsed.success) {
    const { applicationId, version, ...fields } = zodFieldErrors(parsed.error);
    if (applicationId || version) return staleFailure(values);
    return fail(null, fields, values);
  }
  return decide(parsed.data.applicationId, parsed.data.version, { kind: "reject", reason: parsed.data.reason }, values);
}

export async function bulkApproveAction(
  _previous: ActionResult<BulkApproveDto> | null,
  formData: FormData,
): Promise<ActionResult<BulkApproveDto>> {
  const parsed = bulkApproveSchema.safeParse({ items: formData.getAll("item").map(String) });
  if (!parsed.success) return fail("staffReview.errors.noneSelected");
  let result: BulkApproveDto;
  try {
    const actor = await requireRole("REVIEWER");
    const at = now();
    result = await bulkApprove(actor, parsed.data.items, shanghaiDate(at), at, { confirm: formData.get("confirm") === "true" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff/review", "layout");
  return succeed(result);
}
