"use server";

import { getLocale } from "next-intl/server";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { redirect } from "@/i18n/navigation";
import { fail, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { startApplicationSchema } from "@/lib/schemas/application-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { startApplication } from "@/lib/server/applications/start-application";
import { requireCandidate } from "@/lib/server/auth/session";

export async function startApplicationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData, ["batchId", "projectSeq"]);
  let applicationId: string;
  try {
    const actor = await requireCandidate();
    const parsed = startApplicationSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    ({ applicationId } = await startApplication(actor, parsed.data, shanghaiDate(now())));
  } catch (error) {
    return actionFailure(error, values);
  }
  redirect({ href: `/me/applications/${applicationId}/edit/condition`, locale: await getLocale() });
  return fail("errors.generic");
}
