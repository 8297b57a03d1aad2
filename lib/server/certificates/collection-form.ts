import "server-only";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import { renderCertificateCollectionFormPdf } from "@/lib/server/documents/collection-form-pdf";
import type { Actor } from "@/lib/server/auth/session";
import { isUuid } from "@/lib/domain/uuid";
import { batchLabel } from "@/lib/server/plans/load-plan";

/**
 * 《四川核发专项职业能力证书登记表》 pre-filled for one institution and plan (九): the exam
 * officer prints it for the institution, or the institution itself downloads it (its own only).
 */
export async function getCollectionFormPdf(
  actor: Actor,
  planId: string,
  institutionId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const allowed =
    (actor.kind === "STAFF" && actor.roles.includes("EXAM_OFFICER")) ||
    (actor.kind === "INSTITUTION" && actor.institutionId === institutionId);
  if (!allowed || !isUuid(planId) || !isUuid(institutionId))
    throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  const [plan, institution] = await Promise.all([
    db.plan.findUnique({
      where: { id: planId },
      select: { batch: { select: { year: true, seq: true } }, project: { select: { name: true } } },
    }),
    db.institution.findUnique({ where: { id: institutionId }, select: { name: true } }),
  ]);
  const rows = await db.application.findMany({
    where: { planId, institutionId, channel: "INSTITUTION", certificateNumber: { not: null } },
    orderBy: { certificateNumber: "asc" },
    select: { certificateNumber: true, candidateId: true, candidate: { select: { name: true, idNumber: true } } },
  });
  if (!plan || !institution || rows.length === 0) throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  await recordPersonalDataRead(actor, {
    action: "pdf.collection-form",
    entity: "Plan",
    entityId: planId,
    candidateIds: rows.map((r) => r.candidateId),
    detail: { institutionId },
  });
  const pdf = await renderCertificateCollectionFormPdf({
    institutionName: institution.name,
    batchLabel: batchLabel(plan.batch),
    projectName: plan.project.name,
    rows: rows.map((r) => ({
      name: r.candidate.name,
      maskedIdNumber: maskIdNumber(r.candidate.idNumber),
      certificateNumber: r.certificateNumber!,
    })),
  });
  return { pdf, fileName: `证书登记表-${institution.name}-${plan.project.name}.pdf` };
}

/**
 * 《四川核发专项职业能力证书登记表》 for one institution and a whole batch (issue 13 item 2, ADR
 * 097): every project's certificates on one form, sorted by project then certificate number,
 * with a column naming the project. Same duties as the per-plan form.
 */
export async function getBatchCollectionFormPdf(
  actor: Actor,
  batchId: string,
  institutionId: string,
  projectIds: readonly string[],
): Promise<{ pdf: Buffer; fileName: string }> {
  const allowed =
    (actor.kind === "STAFF" && actor.roles.includes("EXAM_OFFICER")) ||
    (actor.kind === "INSTITUTION" && actor.institutionId === institutionId);
  if (!allowed || !isUuid(batchId) || !isUuid(institutionId))
    throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  const [batch, institution] = await Promise.all([
    db.batch.findUnique({ where: { id: batchId }, select: { year: true, seq: true } }),
    db.institution.findUnique({ where: { id: institutionId }, select: { name: true } }),
  ]);
  const rows = await db.application.findMany({
    where: {
      plan: { batchId, projectId: { in: [...projectIds] } },
      institutionId,
      channel: "INSTITUTION",
      certificateNumber: { not: null },
    },
    orderBy: [{ plan: { project: { seq: "asc" } } }, { certificateNumber: "asc" }],
    select: {
      certificateNumber: true,
      candidateId: true,
      candidate: { select: { name: true, idNumber: true } },
      plan: { select: { project: { select: { name: true } } } },
    },
  });
  if (!batch || !institution || rows.length === 0) throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  await recordPersonalDataRead(actor, {
    action: "pdf.collection-form",
    entity: "Batch",
    entityId: batchId,
    candidateIds: rows.map((r) => r.candidateId),
    detail: { institutionId },
  });
  const projects = [...new Set(rows.map((r) => r.plan.project.name))];
  const pdf = await renderCertificateCollectionFormPdf({
    institutionName: institution.name,
    batchLabel: batchLabel(batch),
    projectName: projects.join("、"),
    rows: rows.map((r) => ({
      name: r.candidate.name,
      maskedIdNumber: maskIdNumber(r.candidate.idNumber),
      certificateNumber: r.certificateNumber!,
      projectName: r.plan.project.name,
    })),
  });
  return { pdf, fileName: `证书登记表-${institution.name}-${batchLabel(batch)}-全部项目.pdf` };
}
