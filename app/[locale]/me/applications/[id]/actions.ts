"use server";

import { getLocale } from "next-intl/server";
import type { MessageKey } from "@/lib/i18n/message-key";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { conditionStepSchema, personalStepSchema, pledgeStepSchema } from "@/lib/schemas/application-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";
import { assertAttachmentKind, attachFile, type AttachOutcome } from "@/lib/server/applications/attach-file";
import { detachFile, type DetachOutcome } from "@/lib/server/applications/detach-file";
import { submitApplication, type SubmitOutcome } from "@/lib/server/applications/submit-application";
import {
  updateApplication,
  WIZARD_STEPS,
  type ApplicationPatch,
  type WizardStep,
} from "@/lib/server/applications/update-application";
import { requireActor } from "@/lib/server/auth/session";
import { uploadEntryKind, uploadStepSchema } from "@/lib/schemas/upload-step-schema";
import { submitApplicationSchema } from "@/lib/schemas/submit-application-schema";
import { attachmentFormSchema } from "@/lib/schemas/upload-field-schema";
import type { StepUploadsOutcome } from "@/components/wizard/upload/upload-guard";

const PERSONAL_FIELDS = [
  "education",
  "graduatingThisYear",
  "school",
  "major",
  "graduationYear",
  "occupation",
  "employer",
  "address",
  "educationProofCase",
] as const;

/**
 * The wizard's steps. Unbound, the application's id in the form (ADR 133): a bound action under
 * useActionState never answers a post without JavaScript that it does not redirect (a refused
 * step), vercel/next.js#57867. The use case checks the id is the candidate's own.
 */
async function saveStep(
  applicationId: string,
  step: WizardStep,
  toPatch: () => ApplicationPatch | ActionResult<never>,
  values: Record<string, string>,
) {
  try {
    const actor = await requireActor();
    const patch = toPatch();
    if ("ok" in patch) return patch;
    const at = now();
    await updateApplication(actor, applicationId, patch, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error, values);
  }
  const next = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1] ?? "review";
  revalidatePath("/[locale]/me", "layout");
  redirect({ href: `/me/applications/${applicationId}/edit/${next}`, locale: await getLocale() });
  return fail("errors.generic");
}

export async function saveConditionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const applicationId = textOf(formData.get("applicationId"));
  const values = formValues(formData, ["conditionCode"]);
  return saveStep(
    applicationId,
    "condition",
    () => {
      const parsed = conditionStepSchema.safeParse(values);
      return parsed.success
        ? { step: "condition", conditionCode: parsed.data.conditionCode }
        : fail(null, zodFieldErrors(parsed.error), values);
    },
    values,
  );
}

export async function savePersonalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const applicationId = textOf(formData.get("applicationId"));
  const values = formValues(formData, PERSONAL_FIELDS);
  return saveStep(
    applicationId,
    "personal",
    () => {
      const parsed = personalStepSchema.safeParse({ ...values, graduatingThisYear: formData.get("graduatingThisYear") });
      return parsed.success ? { step: "personal", data: parsed.data } : fail(null, zodFieldErrors(parsed.error), values);
    },
    values,
  );
}

export async function savePledgeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const applicationId = textOf(formData.get("applicationId"));
  return saveStep(
    applicationId,
    "pledge",
    () => {
      const parsed = pledgeStepSchema.safeParse({ pledge: formData.get("pledge") });
      return parsed.success ? { step: "pledge", pledge: true } : fail(null, zodFieldErrors(parsed.error));
    },
    {},
  );
}

/**
 * 提交 without JavaScript (ADR 053): the form's action before the page runs. Unbound, the
 * application's id in a hidden input (ADR 133, 142): a bound action never answered a refused post.
 */
export async function submitApplicationAction(
  _previous: ActionResult<SubmitOutcome> | null,
  formData: FormData,
): Promise<ActionResult<SubmitOutcome>> {
  const parsed = submitApplicationSchema.safeParse(formValues(formData, ["applicationId"]));
  if (!parsed.success) return fail("errors.generic");
  const { applicationId } = parsed.data;
  try {
    const actor = await requireActor();
    const at = now();
    await submitApplication(actor, applicationId, shanghaiDate(at), at);
  } catch (error) {
    return actionFailure(error);
  }
  // The form's action before the page runs (no JavaScript): a redirect from an action is a 303,
  // so the browser GETs the application page with its new status. A browser with JavaScript
  // posts the submit route instead and navigates itself (ADR 053).
  redirect({ href: `/me/applications/${applicationId}`, locale: await getLocale() });
  return fail("errors.generic");
}

/** Uploads go through a server action too: same session, ownership and window checks (四(二)2). */
export async function uploadAttachmentAction(
  applicationId: string,
  _previous: ActionResult<AttachOutcome> | null,
  formData: FormData,
): Promise<ActionResult<AttachOutcome>> {
  try {
    const actor = await requireActor();
    const kind = assertAttachmentKind(textOf(formData.get("kind")));
    const upload = await readUpload(formData);
    if ("error" in upload) return fail(upload.error);
    const outcome = await attachFile(actor, applicationId, kind, upload, { autoFit: !upload.accepted }, shanghaiDate(now()));
    if (outcome.status === "stored") revalidatePath("/[locale]/me", "layout");
    return succeed(outcome);
  } catch (error) {
    return actionFailure(error);
  }
}

/**
 * The upload fields' forms without JavaScript (issue 16). Unbound, the application's id in the
 * form: a bound action under useActionState loops forever when the form is posted without
 * JavaScript and the action answers without redirecting (vercel/next.js#57867).
 */
export async function uploadAttachmentFormAction(
  _previous: ActionResult<AttachOutcome> | null,
  formData: FormData,
): Promise<ActionResult<AttachOutcome>> {
  // The fields' schema (ADR 145), the one the form checks in the browser.
  const ids = attachmentFormSchema.safeParse({ applicationId: formData.get("applicationId"), kind: formData.get("kind") });
  if (!ids.success) return fail("errors.generic");
  return uploadAttachmentAction(ids.data.applicationId, null, formData);
}

/**
 * 保存并继续 on an upload step without JavaScript (issue 16): the step is one form, so every file
 * chosen in it arrives here (`file-<KIND>`) and is stored, with the server's auto-fit offered for
 * an image out of range, as a field's own 上传 does. 保存并继续 then continues when everything
 * chosen is stored; otherwise (and for a field's 上传) the step is shown again with each field's
 * outcome. Unbound, like the fields' forms (vercel/next.js#57867).
 */
export async function saveUploadsFormAction(
  _previous: ActionResult<StepUploadsOutcome> | null,
  formData: FormData,
): Promise<ActionResult<StepUploadsOutcome>> {
  const outcomes: StepUploadsOutcome["outcomes"] = {};
  const parsed = uploadStepSchema.safeParse({ applicationId: formData.get("applicationId"), next: formData.get("next") });
  try {
    const actor = await requireActor();
    if (!parsed.success) return fail("errors.generic");
    const { applicationId } = parsed.data;
    for (const [name, value] of formData.entries()) {
      const entry = uploadEntryKind(name);
      if (entry === null || !(value instanceof File) || value.size === 0) continue;
      const kind = assertAttachmentKind(entry);
      if (value.size > HARD_CAP_BYTES) return fail("errors.upload.tooLarge");
      const upload = { bytes: new Uint8Array(await value.arrayBuffer()), name: value.name };
      outcomes[kind] = await attachFile(actor, applicationId, kind, upload, { autoFit: true }, shanghaiDate(now()));
    }
  } catch (error) {
    return actionFailure(error);
  }
  const results = Object.values(outcomes);
  if (results.some((o) => o?.status === "stored")) revalidatePath("/[locale]/me", "layout");
  if (formData.has("continue") && results.every((o) => o?.status === "stored")) {
    redirect({ href: `/me/applications/${parsed.data.applicationId}/edit/${parsed.data.next}`, locale: await getLocale() });
  }
  return succeed({ outcomes });
}

/** Removes one uploaded file (the preview's 删除); a form post, so it works without JavaScript too. */
export async function deleteAttachmentAction(
  _previous: ActionResult<DetachOutcome> | null,
  formData: FormData,
): Promise<ActionResult<DetachOutcome>> {
  const ids = attachmentFormSchema.safeParse({ applicationId: formData.get("applicationId"), kind: formData.get("kind") });
  try {
    const actor = await requireActor();
    if (!ids.success) return fail("errors.generic");
    const { applicationId, kind } = ids.data;
    const outcome = await detachFile(actor, applicationId, kind, shanghaiDate(now()));
    revalidatePath("/[locale]/me", "layout");
    return succeed(outcome);
  } catch (error) {
    return actionFailure(error);
  }
}

/**
 * The file a person chose, or the auto-fitted image they accepted (sent back as base64 in a
 * hidden field, so accepting works without JavaScript too).
 */
async function readUpload(
  formData: FormData,
): Promise<{ bytes: Uint8Array; name: string; accepted: boolean } | { error: MessageKey }> {
  const fitted = formData.get("fitted");
  if (typeof fitted === "string" && fitted.length > 0) {
    if (fitted.length > (HARD_CAP_BYTES * 4) / 3) return { error: "errors.upload.tooLarge" };
    return {
      bytes: new Uint8Array(Buffer.from(fitted, "base64")),
      name: textOf(formData.get("fittedName")) || "adjusted.jpg",
      accepted: true,
    };
  }
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "errors.upload.noFile" };
  if (file.size > HARD_CAP_BYTES) return { error: "errors.upload.tooLarge" };
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, accepted: false };
}

function textOf(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}
