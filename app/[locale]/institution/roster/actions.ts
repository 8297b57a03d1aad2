"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { ROSTER_LIMITS } from "@/lib/domain/roster/zip-limits";
import { rosterSubmitSchema, rosterUploadSchema } from "@/lib/schemas/institution-roster-schema";
import { actionFailure, formValues, refusalShowing } from "@/lib/server/action-failure";
import { requireInstitution, type Actor } from "@/lib/server/auth/session";
import { previewRoster, type RosterPreviewDto } from "@/lib/server/institution/roster/preview-roster";
import { rebuildRosterPreview } from "@/lib/server/institution/roster/rebuild-roster-preview";
import { submitRoster, type RosterSubmitResult } from "@/lib/server/institution/roster/submit-roster";
import { readUpload } from "@/lib/server/uploads/read-upload";

/** 四(一)2 step one: upload the filled roster and see its problems; nothing becomes an application yet. */
export async function previewRosterAction(
  _previous: ActionResult<RosterPreviewDto> | null,
  formData: FormData,
): Promise<ActionResult<RosterPreviewDto>> {
  const values = formValues(formData, ["batchId"]);
  try {
    const actor = await requireInstitution();
    const parsed = rosterUploadSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = await readUpload(formData, "file", {
      maxBytes: ROSTER_LIMITS.maxFileBytes,
      tooLarge: "institution.errors.roster.too-big",
    });
    if ("error" in file) return fail(null, { file: [file.error] }, values);
    const preview = await previewRoster(
      actor,
      { batchId: parsed.data.batchId, bytes: file.bytes, fileName: file.name },
      shanghaiDate(now()),
    );
    return succeed(preview);
  } catch (error) {
    return actionFailure(error, values);
  }
}

/**
 * Step two: the valid rows become draft applications, all or none. A refusal carries the upload's
 * preview, rebuilt (ADR 148), so a post without JavaScript shows it again above the form.
 */
export async function submitRosterAction(
  _previous: ActionResult<RosterSubmitResult, RosterPreviewDto> | null,
  formData: FormData,
): Promise<ActionResult<RosterSubmitResult, RosterPreviewDto>> {
  const values = formValues(formData, ["uploadId"]);
  let actor: Actor;
  try {
    actor = await requireInstitution();
  } catch (error) {
    return actionFailure(error, values);
  }
  const refused = (refusal: ActionResult<never>) =>
    refusalShowing(refusal, () => rebuildRosterPreview(actor, values.uploadId ?? "", shanghaiDate(now())));
  let result: RosterSubmitResult;
  try {
    const parsed = rosterSubmitSchema.safeParse({ ...values, pledge: formData.get("pledge") });
    if (!parsed.success) return refused(fail(null, zodFieldErrors(parsed.error), values));
    const at = now();
    result = await submitRoster(actor, parsed.data, shanghaiDate(at), at);
  } catch (error) {
    return refused(actionFailure(error, values));
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(result);
}
