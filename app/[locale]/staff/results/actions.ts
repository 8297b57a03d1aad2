"use server";

import { revalidatePath } from "next/cache";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireRole } from "@/lib/server/auth/session";
import { issuePlanCertificates } from "@/lib/server/certificates/issue-certificates";
import { actionFailure } from "@/lib/server/action-failure";
import { importScores, type ImportOutcome } from "@/lib/server/results/import-scores";
import { publishNotice, type NoticeScope, type PublishOutcome } from "@/lib/server/results/publish-notice";
import { MAX_SCORE_FILE_BYTES } from "@/lib/server/results/read-score-file";

/** 八: a results sheet for one batch. Problems come back as data (a list to work through), not as an error. */
export async function importScoresAction(
  batchId: string,
  _previous: ActionResult<ImportOutcome> | null,
  formData: FormData,
): Promise<ActionResult<ImportOutcome>> {
  let outcome: ImportOutcome;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return fail(null, { file: ["staffExam.import.file.missing"] });
    if (file.size > MAX_SCORE_FILE_BYTES) return fail(null, { file: ["staffExam.import.file.too-big"] });
    outcome = await importScores(actor, batchId, new Uint8Array(await file.arrayBuffer()), shanghaiDate(now()));
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}

/** 八 成绩公示 of one plan or of every held plan of a batch; certificates follow (九). */
export async function publishNoticeAction(
  scope: NoticeScope,
  _previous: ActionResult<PublishOutcome> | null,
  formData: FormData,
): Promise<ActionResult<PublishOutcome>> {
  let outcome: PublishOutcome;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const at = now();
    outcome = await publishNotice(actor, scope, shanghaiDate(at), at, { confirm: formData.get("confirm") === "true" });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]", "layout");
  return succeed(outcome);
}

/** 九: certificate numbers for a published plan's passed candidates who have none (e.g. after a correction). */
export async function issueCertificatesAction(
  planId: string,
  _previous: ActionResult<{ issued: number }> | null,
): Promise<ActionResult<{ issued: number }>> {
  let outcome: { issued: number };
  try {
    const actor = await requireRole("EXAM_OFFICER");
    outcome = await issuePlanCertificates(actor, planId, now());
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}
