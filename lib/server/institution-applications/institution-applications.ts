import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { InstitutionApplicationStatus, InstitutionBodyKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import type { InstitutionApplicationInput } from "@/lib/schemas/institution-application-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
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

export interface InstitutionApplicationDto {
  id: string;
  reference: string;
  organization: string;
  creditCode: string;
  bodyKind: InstitutionBodyKind;
  address: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string | null;
  projects: { seq: number; name: string }[];
  documents: { fileId: string; name: string; size: number }[];
  status: InstitutionApplicationStatus;
  reason: string | null;
  submittedAt: string;
  institutionId: string | null;
}

/** The administrator's queue: open applications first, oldest first; the reading is audited (contact persons). */
export async function listInstitutionApplications(actor: Actor): Promise<InstitutionApplicationDto[]> {
  assertStaffRole(actor, "ADMIN");
  const rows = await db.institutionApplication.findMany({ orderBy: { createdAt: "asc" }, take: 200 });
  const [projects, files] = await Promise.all([
    db.project.findMany({ select: { seq: true, name: true } }),
    db.storedFile.findMany({
      where: { id: { in: rows.flatMap((r) => r.documentFileIds) } },
      select: { id: true, originalName: true, size: true },
    }),
  ]);
  const open = (s: InstitutionApplicationStatus) => (s === "SUBMITTED" ? 0 : s === "RETURNED" ? 1 : 2);
  const dtos = rows
    .sort((a, b) => open(a.status) - open(b.status))
    .map((r) => ({
      id: r.id,
      reference: r.reference,
      organization: r.organization,
      creditCode: r.creditCode,
      bodyKind: r.bodyKind,
      address: r.address,
      contactName: r.contactName,
      contactMobile: r.contactMobile,
      contactEmail: r.contactEmail,
      projects: r.projectSeqs.map((seq) => ({ seq, name: projects.find((p) => p.seq === seq)?.name ?? String(seq) })),
      documents: r.documentFileIds.flatMap((id) => {
        const f = files.find((x) => x.id === id);
        return f ? [{ fileId: f.id, name: f.originalName, size: f.size }] : [];
      }),
      status: r.status,
      reason: r.decisionReason,
      submittedAt: r.createdAt.toISOString(),
      institutionId: r.institutionId,
    }));
  if (dtos.length > 0)
    await recordAudit(db, {
      actorId: actor.id,
      action: "institution-application.list",
      entity: "InstitutionApplication",
      after: { ids: dtos.map((d) => d.id) },
    });
  return dtos;
}

export type InstitutionApplicationDecision =
  { decision: "approve"; reason?: string } | { decision: "return" | "reject"; reason: string };

export interface DecisionResultDto {
  status: InstitutionApplicationStatus;
  /** On approval: the new institution and its first account, whose temporary password is shown once. */
  institutionId?: string;
  login?: string;
  temporaryPassword?: string;
}

/** 12 characters, letters and digits both, none that read alike (0/O, 1/l): read out over the phone. */
function temporaryPassword(): string {
  const letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const digits = "23456789";
  const all = letters + digits;
  const chars = [letters[randomInt(letters.length)], digits[randomInt(digits.length)]];
  while (chars.length < 12) chars.push(all[randomInt(all.length)]);
  return chars.join("");
}

export async function decideInstitutionApplication(
  actor: Actor,
  id: string,
  decision: InstitutionApplicationDecision,
  at: Date,
): Promise<DecisionResultDto> {
  assertStaffRole(actor, "ADMIN");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "institutionApply.errors.notFound");
  const reason = decision.reason?.trim() ?? "";
  if (decision.decision !== "approve" && reason.length < 4)
    throw new AppError("INVALID", "institutionApply.errors.reason", { reason: ["institutionApply.errors.reason"] });
  const password = decision.decision === "approve" ? temporaryPassword() : null;
  const passwordHash = password ? await hashPassword(password) : null;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "InstitutionApplication" WHERE id = ${id}::uuid AND status = 'SUBMITTED' FOR UPDATE`;
    if (!row) throw new AppError("CONFLICT", "institutionApply.errors.notOpen");
    const app = await tx.institutionApplication.findUniqueOrThrow({ where: { id } });
    if (decision.decision !== "approve") {
      const status = decision.decision === "return" ? "RETURNED" : "REJECTED";
      await tx.institutionApplication.update({
        where: { id },
        data: { status, decisionReason: reason, decidedById: actor.id, decidedAt: at },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: `institution-application.${decision.decision}`,
        entity: "InstitutionApplication",
        entityId: id,
        before: { status: app.status },
        after: { status, reason },
      });
      return { status };
    }
    if (await tx.institution.findUnique({ where: { name: app.organization }, select: { id: true } }))
      throw new AppError("CONFLICT", "institutionApply.errors.alreadyInstitution");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('institution-seq'))`;
    const last = await tx.institution.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    const institution = await tx.institution.create({
      data: {
        seq: (last?.seq ?? 0) + 1,
        name: app.organization,
        address: app.address,
        contacts: [{ name: app.contactName, phone: app.contactMobile }],
      },
      select: { id: true },
    });
    const projects = await tx.project.findMany({ where: { seq: { in: app.projectSeqs } }, select: { id: true } });
    await tx.institutionProject.createMany({ data: projects.map((p) => ({ institutionId: institution.id, projectId: p.id })) });
    const login = `jg-${app.reference.toLowerCase()}`;
    const user = await tx.user.create({
      data: {
        kind: "INSTITUTION",
        login,
        displayName: app.organization,
        passwordHash: passwordHash!,
        institutionId: institution.id,
        email: app.contactEmail,
        // Handed over by the administrator: replaced at first login, then the second factor (ADR 051).
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await tx.institutionApplication.update({
      where: { id },
      data: {
        status: "APPROVED",
        decisionReason: reason || null,
        decidedById: actor.id,
        decidedAt: at,
        institutionId: institution.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "institution-application.approve",
      entity: "InstitutionApplication",
      entityId: id,
      before: { status: app.status },
      after: { status: "APPROVED", institutionId: institution.id, userId: user.id, login, projects: app.projectSeqs },
    });
    return { status: "APPROVED", institutionId: institution.id, login, temporaryPassword: password! };
  });
}
