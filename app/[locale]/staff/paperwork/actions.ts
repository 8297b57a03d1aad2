"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { paperArrivalSchema } from "@/lib/schemas/staff-desk-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { recordPaperArrival } from "@/lib/server/paperwork/paper-originals";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";

const FIELDS = ["receivedOn", "deliveredBy", "notes"] as const;
const TARGET = ["institutionId", "batchId", "kind"] as const;

/**
 * 四(一)2 (issue 13 item 6): the reviewer records that an institution's stamped paper arrived.
 * Which paper travels in hidden inputs (unbound, ADR 133); the day is checked against today's.
 */
export async function recordPaperArrivalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, FIELDS);
  const at = now();
  const today = shanghaiDate(at);
  const parsed = paperArrivalSchema(today).safeParse({ ...values, ...formValues(formData, TARGET) });
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error);
    if (TARGET.some((name) => errors[name])) return fail("errors.generic", {}, values);
    return fail(null, errors, values);
  }
  try {
    const actor = await requireRole("REVIEWER");
    await recordPaperArrival(actor, parsed.data, today, at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/paperwork", "page");
  return succeed(undefined);
}
