import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { missingAttachments } from "@/lib/domain/attachments";
import { reviewFeedbackDue } from "@/lib/domain/derived-dates";
import { evaluateEligibility } from "@/lib/domain/eligibility";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { ConditionRule, IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus, EducationLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { toBatchDef, type BatchRow } from "@/lib/server/catalog/batch-dto";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";
import { assertEditableNow } from "./editable-application";
import { fromDbEducation } from "./education-enum";
import { isUuid } from "@/lib/domain/uuid";
import { ownershipSql } from "./owned-application";
import { nextStatus } from "./status";

export interface SubmitOutcome {
  status: "SUBMITTED";
  reviewDueDate: IsoDate;
  eligibility: "eligible" | "needs-evidence";
  evidence: string | null;
}

interface SubmitRow extends Omit<BatchRow, "id"> {
  id: string;
  status: ApplicationStatus;
  version: number;
  education: EducationLevel | null;
  graduatingThisYear: boolean;
  major: string | null;
  occupation: string | null;
  address: string | null;
  educationProofCase: number | null;
  pledgeAcceptedAt: Date | null;
  idNumber: string;
  conditionCode: string | null;
  rule: ConditionRule | null;
  projectSeq: number;
  batchId: string;
  attachments: string[];
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
 * short writes instead of transactions waiting on JavaScript.
 */
export async function submitApplication(actor: Actor, applicationId: string, today: IsoDate, at: Date): Promise<SubmitOutcome> {
  const [app, calendar] = await Promise.all([readSubmittable(actor, applicationId), loadWorkingDayCalendar()]);
  assertEditableNow(app.status, toBatchDef({ ...app, id: app.batchId }), today);
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
      attachments: missing.map((kind) => `attachments.${kind}`),
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
      education: fromDbEducation(app.education),
      graduatingThisYear: app.graduatingThisYear,
      major: app.major,
      occupation: app.occupation,
    },
    today,
  );
  if (verdict.result === "ineligible")
    throw new AppError("INVALID", "errors.application.ineligible", { eligibility: verdict.reasons });

  const status = nextStatus(app.status, app.status === "RETURNED" ? "resubmit" : "submit");
  const reviewDueDate = reviewFeedbackDue(today, calendar);
  const note = verdict.result === "needs-evidence" ? `需审核证明材料：${verdict.evidence ?? ""}` : null;
  // The status change and its timeline event in one statement, so together or not at all (one
  // statement is one transaction), and only if nobody changed the application since it was read.
  const written = await db.$executeRaw`
    WITH changed AS (
      UPDATE "Application"
      SET status = ${status}::"ApplicationStatus", version = version + 1, "submittedAt" = ${at},
          "reviewDueDate" = ${reviewDueDate}::date, "updatedAt" = now()
      WHERE id = ${app.id}::uuid AND version = ${app.version} AND status = ${app.status}::"ApplicationStatus"
      RETURNING id
    )
    INSERT INTO "ApplicationEvent" (id, "applicationId", "fromStatus", "toStatus", "actorId", note, at)
    SELECT ${randomUUID()}::uuid, id, ${app.status}::"ApplicationStatus", ${status}::"ApplicationStatus",
           ${actor.id}::uuid, ${note}, ${at}
    FROM changed`;
  if (written !== 1) throw new AppError("CONFLICT", "errors.application.changedMeanwhile");
  return { status: "SUBMITTED", reviewDueDate, eligibility: verdict.result, evidence: verdict.evidence };
}

/**
 * The application with everything its checks need, in one statement. Someone else's application
 * is NOT_FOUND (owned-application.ts), as is an id that is not one.
 */
async function readSubmittable(actor: Actor, applicationId: string): Promise<SubmitRow> {
  const owner = ownershipSql(actor);
  if (!owner || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const [row] = await db.$queryRaw<SubmitRow[]>`
    SELECT a.id, a.status::text AS status, a.version, a.education::text AS education, a."graduatingThisYear",
           a.major, a.occupation, a.address, a."educationProofCase", a."pledgeAcceptedAt",
           c."idNumber", k.code AS "conditionCode", k.rule, p.seq AS "projectSeq",
           b.id AS "batchId", b.year, b.seq, b."registrationStart", b."registrationEnd", b."reviewStart",
           b."reviewEnd", b."paymentStart", b."paymentEnd", b."ticketStart", b."ticketEnd", b."examDate",
           ARRAY(SELECT t.kind::text FROM "Attachment" t WHERE t."applicationId" = a.id) AS attachments
    FROM "Application" a
    JOIN "Candidate" c ON c.id = a."candidateId"
    JOIN "Plan" pl ON pl.id = a."planId"
    JOIN "Project" p ON p.id = pl."projectId"
    JOIN "Batch" b ON b.id = pl."batchId"
    LEFT JOIN "Condition" k ON k.id = a."conditionId"
    WHERE a.id = ${applicationId}::uuid AND ${owner}`;
  if (!row) throw new AppError("NOT_FOUND", "errors.application.notFound");
  return row;
}
