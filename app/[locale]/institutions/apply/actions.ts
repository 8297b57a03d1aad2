"use server";

import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import type { FieldErrorsInput } from "@/lib/action-result";
import { headers } from "next/headers";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";
import { followInstitutionApplicationSchema, institutionApplyFormSchema } from "@/lib/schemas/institution-application-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { clientIp } from "@/lib/server/http/client-ip";
import {
  MAX_QUALIFICATION_FILES,
  followInstitutionApplication,
  resubmitInstitutionApplication,
  submitInstitutionApplication,
  type InstitutionApplicationStatusDto,
  type UploadedFile,
} from "@/lib/server/institution-applications/institution-applications";

const FIELDS = [
  "reference",
  "organization",
  "creditCode",
  "bodyKind",
  "address",
  "contactName",
  "contactMobile",
  "contactEmail",
] as const;

async function readFiles(formData: FormData): Promise<UploadedFile[] | "tooLarge"> {
  const files = formData.getAll("documents").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.some((f) => f.size > HARD_CAP_BYTES)) return "tooLarge";
  return Promise.all(
    files
      .slice(0, MAX_QUALIFICATION_FILES + 1)
      .map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })),
  );
}

/**
 * 四(一)1 (issue 13 item 8): an organisation applies to become a registration institution, or
 * sends a returned application again under its reference. Public; limited per address in the use case.
 */
export async function applyInstitutionAction(
  _previous: ActionResult<{ reference: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ reference: string }>> {
  const values = formValues(formData, FIELDS);
  const projectSeqs = formData.getAll("projectSeqs").map(String);
  values.projectSeqs = projectSeqs.join(",");
  const parsed = institutionApplyFormSchema.safeParse({ ...values, projectSeqs });
  const fieldErrors: FieldErrorsInput = parsed.success ? {} : zodFieldErrors(parsed.error);
  const files = await readFiles(formData);
  if (files === "tooLarge") fieldErrors.documents = ["errors.upload.tooLarge"];
  if (!parsed.success || files === "tooLarge") return fail(null, fieldErrors, values);
  try {
    const ip = clientIp(await headers());
    const { reference, ...application } = parsed.data;
    const done = reference
      ? await resubmitInstitutionApplication(reference, application.contactMobile, application, files, ip, now())
      : await submitInstitutionApplication(application, files, ip, now());
    return succeed(done);
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** Where an application stands, by its reference and the contact's mobile. */
export async function followInstitutionApplicationAction(
  _previous: ActionResult<InstitutionApplicationStatusDto> | null,
  formData: FormData,
): Promise<ActionResult<InstitutionApplicationStatusDto>> {
  const values = formValues(formData, ["reference", "mobile"]);
  const parsed = followInstitutionApplicationSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    const { reference, mobile } = parsed.data;
    return succeed(await followInstitutionApplication(reference, mobile, clientIp(await headers()), now()));
  } catch (error) {
    return actionFailure(error, values);
  }
}
