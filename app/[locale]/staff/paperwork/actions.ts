"use server";

import { revalidatePath } from "next/cache";
import { succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import type { InstitutionDocumentKind } from "@/lib/generated/prisma/enums";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { recordPaperArrival } from "@/lib/server/paperwork/paper-originals";

const FIELDS = ["receivedOn", "deliveredBy", "notes"] as const;

/** 四(一)2 (issue 13 item 6): the reviewer records that an institution's stamped paper arrived. */
export async function recordPaperArrivalAction(
  target: { institutionId: string; batchId: string; kind: InstitutionDocumentKind },
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData, FIELDS);
  try {
    const actor = await requireRole("REVIEWER");
    const at = now();
    const input = { ...target, receivedOn: values.receivedOn ?? "", deliveredBy: values.deliveredBy, notes: values.notes };
    await recordPaperArrival(actor, input, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff/paperwork", "page");
  return succeed(undefined);
}
