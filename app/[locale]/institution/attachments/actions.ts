"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { rosterUploadSchema } from "@/lib/schemas/institution-roster-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireInstitution } from "@/lib/server/auth/session";
import { importAttachmentsZip, type ZipImportReport } from "@/lib/server/institution/attachments/import-zip";
import { submitCompleteDraftsOfBatch, type SubmitReport } from "@/lib/server/institution/attachments/submit-complete";
import { readUpload } from "@/lib/server/uploads/read-upload";

/** The zip as sent; the server action's body limit (next.config.ts) is the real bound, this one gives a clear message first. */
const MAX_ZIP_BYTES = 200 * 1024 * 1024;

/** 四(一)2: scans for many candidates in one zip. */
export async function importZipAction(
  _previous: ActionResult<ZipImportReport> | null,
  formData: FormData,
): Promise<ActionResult<ZipImportReport>> {
  const values = formValues(formData, ["batchId"]);
  let report: ZipImportReport;
  try {
    const actor = await requireInstitution();
    const parsed = rosterUploadSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = await readUpload(formData, "file", { maxBytes: MAX_ZIP_BYTES, tooLarge: "institution.errors.zip.too-large" });
    if ("error" in file) return fail(null, { file: [file.error] }, values);
    const at = now();
    report = await importAttachmentsZip(actor, { batchId: parsed.data.batchId, bytes: file.bytes }, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(report);
}

/** ADR 031: send every complete draft of the batch to the center's review. */
export async function submitCompleteAction(
  _previous: ActionResult<SubmitReport> | null,
  formData: FormData,
): Promise<ActionResult<SubmitReport>> {
  const values = formValues(formData, ["batchId"]);
  let report: SubmitReport;
  try {
    const actor = await requireInstitution();
    const parsed = rosterUploadSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const at = now();
    report = await submitCompleteDraftsOfBatch(actor, parsed.data.batchId, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution", "layout");
  return succeed(report);
}
