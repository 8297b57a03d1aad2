import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import { loadBatchDates } from "@/lib/server/results/batch-dates";
import { eventNote } from "@/lib/i18n/stored-message";

/** The collection note (ADR 123): its key and values, and the Chinese words the audit log and exports keep. */
function collectionNote(written: ReturnType<typeof eventNote>) {
  return {
    certificateCollectionNote: written.note,
    certificateCollectionNoteKey: written.noteKey,
    certificateCollectionNoteParams: written.noteParams,
  };
}

/** 九: paper certificates are handed over from the 60th working day after the exam. */
async function assertReady(batchId: string, today: IsoDate): Promise<void> {
  const dates = await loadBatchDates(batchId);
  if (dates && today < dates.derived.certificateReadyFrom) {
    throw new AppError("WINDOW_CLOSED", {
      key: "staffExam.errors.certificatesNotReady",
      params: { date: dates.derived.certificateReadyFrom },
    });
  }
}

/** 九 "本人持有效身份证件…领取": staff confirm they checked the ID card before handing over. */
export async function recordPersonalCollection(
  actor: Actor,
  input: { applicationId: string; idChecked: boolean; note: string },
  today: IsoDate,
  at: Date,
): Promise<void> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!input.idChecked)
    throw new AppError("INVALID", "staffExam.errors.idCheckRequired", { idChecked: ["staffExam.errors.idCheckRequired"] });
  if (!isUuid(input.applicationId)) throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  const app = await db.application.findUnique({
    where: { id: input.applicationId },
    select: { certificateNumber: true, certificateCollectedAt: true, plan: { select: { batchId: true } } },
  });
  if (!app?.certificateNumber) throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  if (app.certificateCollectedAt) throw new AppError("CONFLICT", "staffExam.errors.alreadyCollected");
  await assertReady(app.plan.batchId, today);
  const detail = input.note.trim();
  const columns = collectionNote(
    detail ? eventNote("timelineNotes.certificatePersonalWithNote", { detail }) : eventNote("timelineNotes.certificatePersonal"),
  );
  const note = columns.certificateCollectionNote;
  await db.$transaction(async (tx) => {
    // The number read above must still be the one held: a score correction may have revoked it meanwhile.
    const updated = await tx.application.updateMany({
      where: { id: input.applicationId, certificateNumber: app.certificateNumber, certificateCollectedAt: null },
      data: { certificateCollectedAt: at, ...columns },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "staffExam.errors.alreadyCollected");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "certificate.collect",
      entity: "Application",
      entityId: input.applicationId,
      after: { certificateNumber: app.certificateNumber, note },
    });
  });
}

/**
 * 九 "报名机构派专人凭负责人签字并加盖公章的《四川核发专项职业能力证书登记表》原件…办理证书":
 * every certificate of the institution in the plan not yet handed over, in one record.
 */
export async function recordInstitutionCollection(
  actor: Actor,
  input: { planId: string; institutionId: string; collector: string; formSigned: boolean; note: string },
  today: IsoDate,
  at: Date,
): Promise<{ collected: number }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!input.formSigned)
    throw new AppError("INVALID", "staffExam.errors.formRequired", { formSigned: ["staffExam.errors.formRequired"] });
  if (!isUuid(input.planId) || !isUuid(input.institutionId))
    throw new AppError("NOT_FOUND", "staffExam.errors.certificateNotFound");
  const plan = await db.plan.findUnique({ where: { id: input.planId }, select: { batchId: true } });
  if (!plan) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  await assertReady(plan.batchId, today);
  const collector = input.collector.trim();
  const detail = input.note.trim();
  const columns = collectionNote(
    detail
      ? eventNote("timelineNotes.certificateInstitutionWithNote", { collector, detail })
      : eventNote("timelineNotes.certificateInstitution", { collector }),
  );
  const note = columns.certificateCollectionNote;
  return db.$transaction(async (tx) => {
    const where = {
      planId: input.planId,
      institutionId: input.institutionId,
      channel: "INSTITUTION" as const,
      certificateNumber: { not: null },
      certificateCollectedAt: null,
    };
    const due = await tx.application.findMany({ where, select: { certificateNumber: true } });
    if (due.length === 0) throw new AppError("CONFLICT", "staffExam.errors.nothingToCollect");
    await tx.application.updateMany({ where, data: { certificateCollectedAt: at, ...columns } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "certificate.collectInstitution",
      entity: "Plan",
      entityId: input.planId,
      after: { institutionId: input.institutionId, certificates: due.map((d) => d.certificateNumber), note },
    });
    return { collected: due.length };
  });
}
