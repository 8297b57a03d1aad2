import "server-only";
import type { Failure } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { submitApplication } from "@/lib/server/applications/submit-application";
import type { Actor } from "@/lib/server/auth/session";
import { loadInstitutionScope, scopedApplications } from "../scope";

export interface SubmitReport {
  submitted: { applicationId: string; name: string }[];
  /** Why each was not sent: the submit's failure (ADR 130), said where the report is shown. */
  notSubmitted: { applicationId: string; name: string; reason: Failure }[];
}

/**
 * ADR 031: an institution's draft goes to the center's 复审 as soon as it is complete. Each
 * goes through submitApplication, the individual channel's submit, so both channels meet the
 * same checks (window, data, every scan, eligibility) and get the same review due date.
 * Drafts that are still incomplete stay drafts; their reason is reported (a message key with its
 * parameters, never a sentence made here), not thrown.
 */
export async function submitCompleteDrafts(
  actor: Actor,
  applicationIds: readonly string[],
  today: IsoDate,
  at: Date,
): Promise<SubmitReport> {
  const scope = await loadInstitutionScope(actor);
  const drafts = await db.application.findMany({
    where: { ...scopedApplications(scope), id: { in: [...applicationIds] }, status: "DRAFT" },
    select: { id: true, candidate: { select: { name: true } } },
  });
  const report: SubmitReport = { submitted: [], notSubmitted: [] };
  for (const draft of drafts) {
    try {
      await submitApplication(actor, draft.id, today, at);
      report.submitted.push({ applicationId: draft.id, name: draft.candidate.name });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Scans still missing is the normal state of a draft, listed by missingAttachmentsReport; anything else is reported.
      if (error.message === "errors.application.filesMissing") continue;
      report.notSubmitted.push({ applicationId: draft.id, name: draft.candidate.name, reason: error.failure });
    }
  }
  return report;
}

/** The list page's "提交材料齐全的考生": every draft of the batch that is complete now. */
export async function submitCompleteDraftsOfBatch(
  actor: Actor,
  batchId: string,
  today: IsoDate,
  at: Date,
): Promise<SubmitReport> {
  const scope = await loadInstitutionScope(actor);
  const drafts = await db.application.findMany({
    where: { ...scopedApplications(scope), status: "DRAFT", plan: { batchId, projectId: { in: [...scope.projectIds] } } },
    select: { id: true },
  });
  return submitCompleteDrafts(
    actor,
    drafts.map((d) => d.id),
    today,
    at,
  );
}
