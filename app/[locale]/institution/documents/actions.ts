"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { institutionDocumentSchema } from "@/lib/schemas/institution-roster-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireInstitution } from "@/lib/server/auth/session";
import { uploadInstitutionDocument } from "@/lib/server/institution/documents/institution-documents";
import { readUpload } from "@/lib/server/uploads/read-upload";

/** 四(一)2: the scan of the stamped 报名质量责任承诺书 or 考核人员花名册 for a batch. */
export async function uploadDocumentAction(
  _previous: ActionResult<{ size: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ size: number }>> {
  const values = formValues(formData, ["batchId", "kind"]);
  let result: { size: number };
  try {
    const actor = await requireInstitution();
    const parsed = institutionDocumentSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = await readUpload(formData, "file");
    if ("error" in file) return fail(null, { file: [file.error] }, values);
    result = await uploadInstitutionDocument(
      actor,
      { ...parsed.data, bytes: file.bytes, fileName: file.name },
      shanghaiDate(now()),
    );
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/institution/documents", "page");
  return succeed(result);
}
