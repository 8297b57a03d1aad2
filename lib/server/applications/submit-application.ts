import "server-only";
import type { MessageKey } from "@/lib/i18n/message-key";
import { AppError } from "@/lib/app-error";
import { missingAttachments } from "@/lib/domain/attachments";
import { evaluateEligibility } from "@/lib/domain/eligibility";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import { feedbackDue, ruleDates } from "@/lib/domain/window-rules-dates";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { toBatchDef } from "@/lib/server/catalog/batch-dto";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";
import { assertEditableNow } from "./editable-application";
import { isUuid } from "@/lib/domain/uuid";
import { ownsApplication } from "./owned-application";
import { nextStatus } from "./status";
import { readSubmittable, writeSubmitted, type SubmitRow } from "./submit-statements";
import { applicantRole } from "./window-verdict";
import { eventNote, inboxMessage } from "@/lib/i18n/stored-message";

export interface SubmitOutcome {
  status: "SUBMITTED";
  reviewDueDate: IsoDate;
  eligibility: "eligible" | "needs-evidence";
  evidence: string | null;
}

/**
 * 四(二)2–3: the server checks everything again at submit: window, age, eligibility, data,
 * every file, the pledge. A returned application goes back to review the same way.
 *
 * Read, check, then one guarded write (ADR 049). Everything the checks look at is read in one
 * statement, so from one snapshot; the write changes the application only if its version and
 * status are still the ones read. Every change an applicant can make bumps the version (the
 * wizard steps, every file attached: update-application.ts, attach-file.ts) and every staff
 * decision changes the status, so a submit checked against stale data changes nothing and
 * answers CONFLICT, as a submit that waited for a row lock and then saw the change would. No
 * connection is held while the checks run: on a registration morning the pool serves reads and
 * short writes instead of transactions waiting on JavaScript. Submits that arrive together
 * share those statements (ADR 053).
 */
export async function submitApplication(actor: Actor, applicationId: string, today: IsoDate, at: Date): Promise<SubmitOutcome> {
  const [app, calendar] = await Promise.all([readOwned(actor, applicationId), loadWorkingDayCalendar()]);
  const batch = toBatchDef({ ...app, id: app.batchId });
  assertEditableNow(app.status, batch, today, applicantRole(actor), ruleDates(batch, calendar));
  if (!app.conditionCode || !app.rule)
    throw new AppError("INVALID", "errors.condition.required", { conditionCode: ["errors.condition.required"] });
  if (!app.education || !app.address || !app.educationProofCase)
    throw new AppError("INVALID", "errors.application.personalMissing");
  if (app.rule.kind === "occupation" && !app.occupation)
    throw new AppError("INVALID", "errors.application.occupationMissing", {
      occupation: ["errors.application.occupationMissing"],
    });
  if (app.rule.kind === "major" && !app.major)
    throw new AppError("INVALID", "errors.application.majorMissing", { major: ["errors.application.majorMissing"] });
  const missing = missingAttachments(app.rule, app.attachments);
  if (missing.length > 0)
    throw new AppError("INVALID", "errors.application.filesMissing", {
      attachments: missing.map((kind): MessageKey => `attachments.${kind}`),
    });
  if (!app.pledgeAcceptedAt) throw new AppError("INVALID", "errors.pledgeRequired", { pledge: ["errors.pledgeRequired"] });

  const id = parseIdNumber(app.idNumber, today);
  if (!id.ok) throw new AppError("INVALID", `errors.idNumber.${id.error}`);
  const project = await loadProjectDef(app.projectSeq);
  const condition = project?.conditions.find((c) => c.code === app.conditionCode);
  if (!project || !condition) throw new AppError("INVALID", "errors.unknownCondition");
  const verdict = evaluateEligibility(
    project,
    condition,
    {
      birthDate: id.value.birthDate,
      education: app.education,
      graduatingThisYear: app.graduatingThisYear,
      major: app.major,
      occupation: app.occupation,
    },
    today,
  );
  if (verdict.result === "ineligible")
    throw new AppError("INVALID", "errors.application.ineligible", { eligibility: verdict.because });

  const status = nextStatus(app.status, app.status === "RETURNED" ? "resubmit" : "submit");
  // End state 2 (ADR 064): never later than the review window's end.
  const reviewDueDate = feedbackDue(batch, today, calendar);
  const note =
    verdict.result === "needs-evidence" ? eventNote("timelineNotes.needsEvidence", { evidence: verdict.evidence ?? "" }) : null;
  const written = await writeSubmitted({
    applicationId: app.id,
    version: app.version,
    fromStatus: app.status,
    toStatus: status,
    reviewDueDate,
    actorId: actor.id,
    note: note?.note ?? null,
    noteKey: note?.noteKey ?? null,
    noteParams: note?.noteParams ?? null,
    at,
    inbox: inboxMessage("submitted", {
      year: app.year,
      seq: app.seq,
      project: app.projectName,
      resubmitted: app.status === "RETURNED" ? "yes" : "no",
      due: reviewDueDate,
    }),
  });
  if (!written) throw new AppError("CONFLICT", "errors.application.changedMeanwhile");
  return { status: "SUBMITTED", reviewDueDate, eligibility: verdict.result, evidence: verdict.evidence };
}

/** Someone else's application is NOT_FOUND (owned-application.ts), as is an id that is not one. */
async function readOwned(actor: Actor, applicationId: string): Promise<SubmitRow> {
  const row = isUuid(applicationId) ? await readSubmittable(applicationId) : null;
  if (!row || !ownsApplication(actor, row)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  return row;
}
