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
