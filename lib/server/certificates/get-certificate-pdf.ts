import "server-only";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { shanghaiDate } from "@/lib/domain/calendar";
import { maskIdNumber } from "@/lib/domain/id-number";
import { renderCertificatePdf } from "@/lib/server/documents/certificate-pdf";
import type { Actor } from "@/lib/server/auth/session";
import { isUuid } from "@/lib/domain/uuid";
import { signToken } from "@/lib/server/tokens/signed-token";

/**
 * Who may download an electronic certificate (九 "查询、核验、下载"): the candidate it belongs
 * to (whichever channel registered them: the certificate is the person's), the institution
 * that registered them, and the exam officer. Anyone else gets NOT_FOUND, as for applications.
 */
function ownerFilter(actor: Actor) {
  if (actor.kind === "CANDIDATE" && actor.candidateId) return { candidateId: actor.candidateId };
  if (actor.kind === "INSTITUTION" && actor.institutionId)
    return { institutionId: actor.institutionId, channel: "INSTITUTION" as const };
  if (actor.kind === "STAFF" && actor.roles.includes("EXAM_OFFICER")) return {};
  return null;
}

export async function getCertificatePdf(
  actor: Actor,
  applicationId: string,
  baseUrl: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const filter = ownerFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  const row = await db.application.findFirst({
    where: {
      id: applicationId,
      ...filter,
      certificateNumber: { not: null },
      status: "PAYMENT_CONFIRMED",
      plan: { noticePublishedAt: { not: null } },
    },
    select: {
      certificateNumber: true,
      certificateIssuedAt: true,
      candidateId: true,
      candidate: { select: { name: true, idNumber: true } },
      plan: { select: { project: { select: { name: true } } } },
      attachments: { where: { kind: "PHOTO" }, select: { file: { select: { data: true, mime: true } } } },
    },
  });
  if (!row?.certificateNumber || !row.certificateIssuedAt)
    throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  await recordPersonalDataRead(actor, {
    action: "pdf.certificate",
    entity: "Application",
    entityId: applicationId,
    candidateIds: [row.candidateId],
  });
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required to sign certificate QR codes");
  const photo = row.attachments[0]?.file;
  const pdf = await renderCertificatePdf(
    {
      certificateNumber: row.certificateNumber,
      name: row.candidate.name,
      maskedIdNumber: maskIdNumber(row.candidate.idNumber),
      projectName: row.plan.project.name,
      issuedOn: shanghaiDate(row.certificateIssuedAt),
      photo:
        photo && (photo.mime === "image/jpeg" || photo.mime === "image/png") ? { bytes: photo.data, mime: photo.mime } : null,
      qrToken: signToken({ t: "certificate", id: row.certificateNumber, v: 1 }, secret),
    },
    baseUrl,
  );
  return { pdf, fileName: `专项职业能力证书-${row.certificateNumber}.pdf` };
}
