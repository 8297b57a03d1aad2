import "server-only";
import { db } from "@/lib/db";
import { ATTACHMENT_LABELS, type AttachmentKindName, missingAttachments } from "@/lib/domain/attachments";
import type { ConditionRule } from "@/lib/domain/types";
import { APPLICANT_EDITABLE_STATUSES } from "@/lib/domain/window-rules";
import type { Actor } from "@/lib/server/auth/session";
import { type InstitutionScope, loadBatch, loadInstitutionScope, scopedApplications } from "../scope";
import { sortByName } from "@/lib/db-crypto/order";

export interface MissingRow {
  applicationId: string;
  name: string;
  projectName: string;
  status: "DRAFT" | "RETURNED";
  missing: string[];
  /** The same as kinds, for a page in the reader's language (`attachments.*`). */
  missingKinds: AttachmentKindName[];
}

/** Candidates of a batch whose application can still take scans and lacks some (四(一)2, requiredAttachments). */
export async function missingAttachmentsReport(scope: InstitutionScope, batchId: string): Promise<MissingRow[]> {
  const rows = await db.application.findMany({
    where: {
      ...scopedApplications(scope),
      plan: { batchId, projectId: { in: [...scope.projectIds] } },
      // The states the rule table lets an applicant change (its days are asked per file on import).
      status: { in: [...APPLICANT_EDITABLE_STATUSES] },
    },
    orderBy: [{ plan: { project: { seq: "asc" } } }, { candidate: { name: "asc" } }],
    select: {
      id: true,
      status: true,
      candidate: { select: { name: true } },
      plan: { select: { project: { select: { name: true } } } },
      condition: { select: { rule: true } },
      attachments: { select: { kind: true } },
    },
  });
  // Names are encrypted at rest: ordered here, within each project (ADR 057).
  return sortByName(
    rows,
    (r) => r.candidate.name,
    (r) => r.plan.project.name,
  ).flatMap((row) => {
    const missing = missingAttachments(
      (row.condition?.rule ?? null) as ConditionRule | null,
      row.attachments.map((a) => a.kind),
    );
    if (missing.length === 0) return [];
    return [
      {
        applicationId: row.id,
        name: row.candidate.name,
        projectName: row.plan.project.name,
        status: row.status as "DRAFT" | "RETURNED",
        missing: missing.map((k) => ATTACHMENT_LABELS[k]),
        missingKinds: missing,
      },
    ];
  });
}

/** The attachments page: the same report for the signed-in institution. */
export async function listMissingAttachments(actor: Actor, batchId: string): Promise<MissingRow[]> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  return missingAttachmentsReport(scope, batch.id);
}
