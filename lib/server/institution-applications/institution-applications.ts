import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { InstitutionApplicationStatus } from "@/lib/generated/prisma/enums";
import type { InstitutionApplicationInput } from "@/lib/schemas/institution-application-schema";
import { claimLimit } from "@/lib/server/rate-limit/claim-limit";
import { fileStore } from "@/lib/server/storage/file-store";
import { prepareUpload } from "@/lib/server/uploads/accept-upload";

/**
 * 四(一)1 (issue 13 item 8): "省内具备…条件要求的企业、院校、…可依据相关规定向省职鉴中心申报成为
 * 省直属专项职业能力考核的报名机构". Until now only an administrator could create one. An
 * organisation applies on a public form (limited per address, claimed before any work); the
 * administrator approves (the Institution, its projects and its first account are created: a
 * temporary password handed over, the second factor enrolled at first login, as for every
 * institution account, ADR 051), returns it with reasons (corrected and sent again under its
 * reference) or rejects it with reasons. Every decision is audited.
 *
 * This file: the applicant's side (submit, follow, resubmit). The administrator's side:
 * list-institution-applications.ts, decide-institution-application.ts.
 */

/** Per client address: a few applications a day is an organisation; more is a script. */
export const INSTITUTION_APPLY_LIMIT = { limit: 5, windowMs: 24 * 60 * 60 * 1000 } as const;
/** Follow-ups (status, resubmission) by reference and mobile, per address. */
export const INSTITUTION_FOLLOW_LIMIT = { limit: 30, windowMs: 60 * 60 * 1000 } as const;
export const MAX_QUALIFICATION_FILES = 5;

const REFERENCE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const newReference = () => `SQ${Array.from({ length: 8 }, () => REFERENCE_CHARS[randomInt(REFERENCE_CHARS.length)]).join("")}`;

export interface UploadedFile {
  bytes: Uint8Array;
  name: string;
}

async function prepareFiles(files: readonly UploadedFile[]) {
  const present = files.filter((f) => f.bytes.byteLength > 0);
  if (present.length === 0 || present.length > MAX_QUALIFICATION_FILES)
    throw new AppError("INVALID", "institutionApply.errors.documents", { documents: ["institutionApply.errors.documents"] });
  const prepared = [];
  for (const file of present) {
    // The receipt rule: jpg/png/pdf with the content checks, any size up to the cap (a licence scan is rarely 300 KB).
    const p = await prepareUpload(file.bytes, file.name, "receipt", { autoFit: false });
    if (!p.ok)
      throw new AppError("INVALID", "institutionApply.errors.documentRefused", {
        documents: ["institutionApply.errors.documentRefused"],
      });
    prepared.push(p);
  }
  return prepared;
}

async function assertProjects(seqs: readonly number[]) {
  const found = await db.project.count({ where: { seq: { in: [...seqs] } } });
  if (found !== new Set(seqs).size)
    throw new AppError("INVALID", "institutionApply.errors.projects", { projectSeqs: ["institutionApply.errors.projects"] });
}

async function claim(key: string, limit: { limit: number; windowMs: number }, at: Date) {
  if (!(await claimLimit(key, limit.limit, limit.windowMs, at)).allowed)
    throw new AppError("RATE_LIMITED", "institutionApply.errors.rateLimited");
}

/** The public form: validated input and files; answers the reference to follow it with. */
export async function submitInstitutionApplication(
  input: InstitutionApplicationInput,
  files: readonly UploadedFile[],
  ip: string,
  at: Date,
): Promise<{ reference: string }> {
  await claim(`institution-apply:ip:${ip}`, INSTITUTION_APPLY_LIMIT, at);
  await assertProjects(input.projectSeqs);
  const [open, institution] = await Promise.all([
    db.institutionApplication.findFirst({
      where: { creditCode: input.creditCode, status: { in: ["SUBMITTED", "RETURNED"] } },
      select: { id: true },
    }),
    db.institution.findUnique({ where: { name: input.organization }, select: { id: true } }),
  ]);
  if (open)
    throw new AppError("CONFLICT", "institutionApply.errors.alreadyOpen", {
      creditCode: ["institutionApply.errors.alreadyOpen"],
    });
  if (institution)
    throw new AppError("CONFLICT", "institutionApply.errors.alreadyInstitution", {
      organization: ["institutionApply.errors.alreadyInstitution"],
    });
  const prepared = await prepareFiles(files);
  return db.$transaction(async (tx) => {
    const fileIds = [];
    for (const p of prepared) fileIds.push((await fileStore.put({ bytes: p.bytes, mime: p.mime, originalName: p.name }, tx)).id);
    const reference = newReference();
    await tx.institutionApplication.create({
      data: { ...fields(input), reference, documentFileIds: fileIds },
      select: { id: true },
    });
    return { reference };
  });
}

function fields(input: InstitutionApplicationInput) {
  return {
    organization: input.organization,
    creditCode: input.creditCode,
    bodyKind: input.bodyKind,
    address: input.address,
    contactName: input.contactName,
    contactMobile: input.contactMobile,
    contactEmail: input.contactEmail || null,
    projectSeqs: [...new Set(input.projectSeqs)].sort((a, b) => a - b),
  };
}

export interface InstitutionApplicationStatusDto {
  reference: string;
  organization: string;
  status: InstitutionApplicationStatus;
  reason: string | null;
  submittedAt: string;
}

/** Reference and the contact's mobile: what the applicant has. A mismatch is NOT_FOUND, never a hint. */
async function findByReference(reference: string, mobile: string) {
  const row = await db.institutionApplication.findUnique({ where: { reference: reference.trim().toUpperCase() } });
  if (!row || row.contactMobile !== mobile.trim()) throw new AppError("NOT_FOUND", "institutionApply.errors.notFound");
  return row;
}

export async function followInstitutionApplication(
  reference: string,
  mobile: string,
  ip: string,
  at: Date,
): Promise<InstitutionApplicationStatusDto> {
  await claim(`institution-apply:follow:${ip}`, INSTITUTION_FOLLOW_LIMIT, at);
  const row = await findByReference(reference, mobile);
  return {
    reference: row.reference,
    organization: row.organization,
    status: row.status,
    reason: row.status === "RETURNED" || row.status === "REJECTED" ? row.decisionReason : null,
    submittedAt: row.createdAt.toISOString(),
  };
}

/** A returned application, corrected: the same reference, submitted again; new files replace the old ones. */
export async function resubmitInstitutionApplication(
  reference: string,
  mobile: string,
  input: InstitutionApplicationInput,
  files: readonly UploadedFile[],
  ip: string,
  at: Date,
): Promise<{ reference: string }> {
  await claim(`institution-apply:follow:${ip}`, INSTITUTION_FOLLOW_LIMIT, at);
  const row = await findByReference(reference, mobile);
  if (row.status !== "RETURNED") throw new AppError("CONFLICT", "institutionApply.errors.notReturned");
  await assertProjects(input.projectSeqs);
  const prepared = files.some((f) => f.bytes.byteLength > 0) ? await prepareFiles(files) : null;
  return db.$transaction(async (tx) => {
    let documentFileIds = row.documentFileIds;
    if (prepared) {
      documentFileIds = [];
      for (const p of prepared)
        documentFileIds.push((await fileStore.put({ bytes: p.bytes, mime: p.mime, originalName: p.name }, tx)).id);
      for (const old of row.documentFileIds) await fileStore.delete(old, tx);
    }
    const updated = await tx.institutionApplication.updateMany({
      where: { id: row.id, status: "RETURNED" },
      data: { ...fields(input), documentFileIds, status: "SUBMITTED" },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "institutionApply.errors.notReturned");
    return { reference: row.reference };
  });
}
