"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import {
  approveSchema,
  bulkApproveSchema,
  rejectSchema,
  RETURN_REASON_KEYS,
  returnSchema,
} from "@/lib/schemas/staff-review-schema";
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

export async function approveAction(
  applicationId: string,
  _previous: ActionResult<DecisionDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionDto>> {
  const parsed = approveSchema.safeParse({ version: formData.get("version") });
  if (!parsed.success) return fail("staffReview.errors.stale");
  return decide(applicationId, parsed.data.version, { kind: "approve" }, {});
}

export async function returnAction(
  applicationId: string,
  _previous: ActionResult<DecisionDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionDto>> {
  const values = formValues(
    formData,
    RETURN_REASON_KEYS.map((key) => `reason.${key}`),
  );
  const free = Object.fromEntries(RETURN_REASON_KEYS.map((key) => [key, values[`reason.${key}`] ?? ""]));
  // Issue 16 item 10: ticked ready-made reasons (ids) come before the reviewer's own words.
  const picked = Object.fromEntries(RETURN_REASON_KEYS.map((key) => [key, formData.getAll(`pick.${key}`).map(String)]));
  let reasons: Record<string, string>;
  try {
    reasons = await composeReturnReasons(await requireRole("REVIEWER"), picked, free);
  } catch (error) {
    return actionFailure(error, values);
  }
  const parsed = returnSchema.safeParse({ version: formData.get("version"), reasons });
  if (!parsed.success) {
    const flat = zodFieldErrors(parsed.error);
    return fail(flat.reasons?.[0] ?? flat.version?.[0] ?? "staffReview.errors.reasonRequired", {}, values);
  }
  return decide(applicationId, parsed.data.version, { kind: "return", reasons: parsed.data.reasons }, values);
}

export async function rejectAction(
  applicationId: string,
  _previous: ActionResult<DecisionDto> | null,
  formData: FormData,
): Promise<ActionResult<DecisionDto>> {
  const values = formValues(formData, ["reason"]);
  const parsed = rejectSchema.safeParse({ version: formData.get("version"), reason: formData.get("reason") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  return decide(applicationId, parsed.data.version, { kind: "reject", reason: parsed.data.reason }, values);
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
