"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireRole } from "@/lib/server/auth/session";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { importScoresSchema, issueCertificatesSchema, publishNoticeSchema } from "@/lib/schemas/staff-exam-forms";
import { importScores, type ImportOutcome } from "@/lib/server/results/import-scores";
import { publishNotice, type NoticeScope, type PublishOutcome } from "@/lib/server/results/publish-notice";
import { MAX_SCORE_FILE_BYTES } from "@/lib/server/results/read-score-file";

// Unbound (ADR 133, vercel/next.js#57867): the batch's or plan's id travels in a hidden input and
// is checked by the form's schema; the use cases check the batch or plan itself.

/** 八: a results sheet for one batch. Problems come back as data (a list to work through), not as an error. */
export async function importScoresAction(
  _previous: ActionResult<ImportOutcome> | null,
  formData: FormData,
): Promise<ActionResult<ImportOutcome>> {
  const values = formValues(formData, ["batchId"]);
  let outcome: ImportOutcome;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = importScoresSchema.safeParse({ ...values, file: formData.get("file") });
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const file = formData.get("file");
    if (!(file instanceof File)) return fail(null, { file: ["staffExam.import.file.missing"] }, values);
    if (file.size > MAX_SCORE_FILE_BYTES) return fail(null, { file: ["staffExam.import.file.too-big"] }, values);
    outcome = await importScores(actor, parsed.data.batchId, new Uint8Array(await file.arrayBuffer()), shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}

/** 八 成绩公示 of one plan or of every held plan of a batch; certificates follow (九). */
export async function publishNoticeAction(
  _previous: ActionResult<PublishOutcome> | null,
  formData: FormData,
): Promise<ActionResult<PublishOutcome>> {
  const values = formValues(formData, ["planId", "batchId", "confirm"]);
  let outcome: PublishOutcome;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = publishNoticeSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    const { planId, batchId, confirm } = parsed.data;
    const scope: NoticeScope = planId !== undefined ? { planId } : { batchId: batchId! };
    const at = now();
    outcome = await publishNotice(actor, scope, shanghaiDate(at), at, { confirm });
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]", "layout");
  return succeed(outcome);
}

/** 九: certificate numbers for a published plan's passed candidates who have none (e.g. after a correction). */
export async function issueCertificatesAction(
  _previous: ActionResult<{ issued: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ issued: number }>> {
  const values = formValues(formData, ["planId"]);
  let outcome: { issued: number };
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = issueCertificatesSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    outcome = await issuePlanCertificates(actor, parsed.data.planId, now());
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}
