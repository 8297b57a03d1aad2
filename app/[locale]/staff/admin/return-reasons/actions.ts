"use server";

import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import type { MessageKey } from "@/lib/i18n/message-key";
import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { returnReasonSchema, saveReturnReason } from "@/lib/server/admin/manage-return-reasons";
import { requireRole } from "@/lib/server/auth/session";
import { hiddenFields } from "@/lib/server/hidden-fields";
import { returnReasonTargetSchema } from "@/lib/schemas/staff-admin-fields";

type Result = ActionResult<{ warnings?: MessageKey[] } | undefined>;

/**
 * Adds (hidden `reasonId` empty) or changes a ready-made return reason (ADR 112); the use case checks
 * ADMIN and audits. Unbound (ADR 133): the reason's id is the form's hidden input.
 */
export async function saveReturnReasonAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["field", "textZh", "textEn", "order"]);
  const target = hiddenFields(returnReasonTargetSchema, formData);
  if (!target) return fail("errors.generic", {}, values);
  const id = target.reasonId;
  const parsed = returnReasonSchema.safeParse({ ...values, order: values.order || "0", active: formData.get("active") === "on" });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await saveReturnReason(await requireRole("ADMIN"), id, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/admin/return-reasons", "page");
  return succeed(undefined);
}
