import "server-only";
import { eventNote } from "@/lib/i18n/stored-message";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { mayDo, withdrawableState } from "@/lib/domain/window-rules";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { CandidateIdentityInput } from "@/lib/schemas/institution-correction-schema";
import { loadEditableApplication } from "@/lib/server/applications/editable-application";
import { assertAllowed, loadRuleDates } from "@/lib/server/applications/window-verdict";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { loadInstitutionScope, scopedApplications } from "../scope";

/**
 * Issue 13 item 3: the institution corrects the name and mobile of a candidate it entered, on a
 * draft or a returned row it may edit today (the rule table, as every edit). The person's row is
 * shared by all their applications, so only a person the institution alone registered, with no
 * account of their own, is changed here: anyone else corrects their own data (or asks the center).
 * The ID number is not edited: the row is withdrawn and added again (withdrawApplication).
 */
export async function correctCandidateIdentity(
  actor: Actor,
  applicationId: string,
  input: CandidateIdentityInput,
  today: IsoDate,
): Promise<void> {
  const scope = await loadInstitutionScope(actor);
  await db.$transaction(async (tx) => {
    const application = await loadEditableApplication(tx, actor, applicationId, today);
    const row = await tx.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { candidateId: true, candidate: { select: { userId: true, name: true, mobile: true } } },
    });
    const elsewhere = await tx.application.count({
      where: {
        candidateId: row.candidateId,
        NOT: { channel: "INSTITUTION", institutionId: scope.institutionId },
      },
    });
    if (row.candidate.userId || elsewhere > 0) throw new AppError("CONFLICT", "institutionBatch.errors.sharedPerson");
    if (row.candidate.name === input.name && row.candidate.mobile === input.mobile) return;
    await tx.candidate.update({
      where: { id: row.candidateId },
      data: { name: input.name, mobile: input.mobile },
      select: { id: true },
    });
    const name = row.candidate.name !== input.name;
    const mobile = row.candidate.mobile !== input.mobile;
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        fromStatus: application.status,
        toStatus: application.status,
        actorId: actor.id,
        ...eventNote("timelineNotes.institutionCorrected", { fields: name && mobile ? "both" : name ? "name" : "mobile" }),
      },
    });
  });
}

/**
 * Issue 13 item 3: the institution withdraws an application before review: a draft while it may
 * still be submitted, or a submitted one nobody has decided yet while registration is open (the
 * rule table's days for submitting a draft). The application goes (its events and scans with it,
 * one audit row stays); the person's row goes too when nothing else refers to it, so a wrong ID
 * number can be added again correctly.
 */
export async function withdrawApplication(actor: Actor, applicationId: string, today: IsoDate): Promise<void> {
  const scope = await loadInstitutionScope(actor);
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
    const application = await tx.application.findFirst({
      where: { id: applicationId, ...scopedApplications(scope) },
      select: {
        id: true,
        status: true,
        decidedAt: true,
        planId: true,
        candidateId: true,
        candidate: { select: { userId: true } },
        plan: { select: { batch: { select: batchSelect } } },
        attachments: { select: { fileId: true } },
      },
    });
    if (!application) throw new AppError("NOT_FOUND", "errors.application.notFound");
    const batch = toBatchDef(application.plan.batch);
    const dates = await loadRuleDates(batch, tx);
    // The rule table's "withdraw" (lib/domain/window-rules.ts), the verdict the page showed as `canWithdraw`:
    // a state never withdrawable has its own message, a closed window says when it closed.
    const status = application.status;
    const decided = application.decidedAt !== null;
    if (!withdrawableState(status, decided)) throw new AppError("CONFLICT", "institutionBatch.errors.notWithdrawable");
    assertAllowed(mayDo("withdraw", { role: "institution", status, batch, day: today, dates, decided }));

    await tx.application.delete({ where: { id: application.id }, select: { id: true } });
    const fileIds = application.attachments.map((a) => a.fileId);
    if (fileIds.length > 0) await tx.storedFile.deleteMany({ where: { id: { in: fileIds } } });
    const others = await tx.application.count({ where: { candidateId: application.candidateId } });
    if (others === 0 && !application.candidate.userId)
      await tx.candidate.delete({ where: { id: application.candidateId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "application.withdraw",
      entity: "Application",
      entityId: application.id,
      before: { status: application.status, planId: application.planId, candidateId: application.candidateId },
      after: { withdrawnBy: "institution", institutionId: scope.institutionId },
    });
  });
}

/**
 * Issue 13 item 3: the full ID number of one of the institution's own candidates, on request
 * (the list masks it), so the clerk can check what was imported. Each request is audited.
 */
export async function revealIdNumber(actor: Actor, applicationId: string): Promise<{ idNumber: string }> {
  const scope = await loadInstitutionScope(actor);
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const row = await db.application.findFirst({
    where: { id: applicationId, ...scopedApplications(scope) },
    select: { id: true, candidateId: true, candidate: { select: { idNumber: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "errors.application.notFound");
  await recordAudit(db, {
    actorId: actor.id,
    action: "institution.reveal-id-number",
    entity: "Application",
    entityId: row.id,
    after: { candidateIds: [row.candidateId], institutionId: scope.institutionId },
  });
  return { idNumber: row.candidate.idNumber };
}

/** The name and mobile the correction form starts from, and whether this institution may change them. */
export async function loadCandidateIdentity(
  actor: Actor,
  applicationId: string,
): Promise<{ name: string; mobile: string; correctable: boolean }> {
  const scope = await loadInstitutionScope(actor);
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const row = await db.application.findFirst({
    where: { id: applicationId, ...scopedApplications(scope) },
    select: { candidateId: true, candidate: { select: { name: true, mobile: true, userId: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const elsewhere = await db.application.count({
    where: { candidateId: row.candidateId, NOT: { channel: "INSTITUTION", institutionId: scope.institutionId } },
  });
  return { name: row.candidate.name, mobile: row.candidate.mobile ?? "", correctable: !row.candidate.userId && elsewhere === 0 };
}
