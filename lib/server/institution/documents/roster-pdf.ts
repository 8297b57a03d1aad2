import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { renderRosterPdf } from "@/lib/server/documents/roster-pdf";
import { batchLabel } from "@/lib/server/plans/load-plan";
import { loadBatch, loadInstitutionScope, scopedApplications } from "../scope";

/** Submitted to the center and not ended: what the stamped roster must list. Drafts are not on it. */
const ON_ROSTER: ApplicationStatus[] = ["SUBMITTED", "RETURNED", "APPROVED", "PAYMENT_SUBMITTED", "PAYMENT_CONFIRMED"];

/**
 * 考核人员花名册 PDF (四(一)2, issue 13 item 7) of the institution's submitted candidates in one
 * batch, across its projects, sorted by project then name, to print, stamp and send. Only its
 * own candidates (scope from the session); nothing submitted yet is said, not an empty sheet.
 */
export async function institutionRosterPdf(actor: Actor, batchId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const applications = await db.application.findMany({
    where: {
      ...scopedApplications(scope),
      status: { in: ON_ROSTER },
      plan: { batchId: batch.id, projectId: { in: [...scope.projectIds] } },
    },
    select: {
      education: true,
      school: true,
      candidate: { select: { name: true, idNumber: true, mobile: true } },
      plan: { select: { project: { select: { seq: true, name: true } } } },
    },
  });
  if (applications.length === 0) throw new AppError("NOT_FOUND", "institutionDocs.errors.nothingSubmitted");
  const rows = applications
    .sort((a, b) => a.plan.project.seq - b.plan.project.seq || a.candidate.name.localeCompare(b.candidate.name, "zh-CN"))
    .map((a) => ({
      name: a.candidate.name,
      sex: Number(a.candidate.idNumber[16]) % 2 === 1 ? "男" : "女",
      idNumber: a.candidate.idNumber,
      mobile: a.candidate.mobile ?? "",
      projectName: a.plan.project.name,
      education: a.education ? EDUCATION_LABELS[a.education] : "",
      school: a.school ?? "",
    }));
  const label = batchLabel(batch);
  const pdf = await renderRosterPdf({ institutionName: scope.institutionName, batchLabel: `${label}次`, rows });
  return { pdf, fileName: `考核人员花名册-${scope.institutionName}-${label}次.pdf` };
}
