import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { messageColumns } from "@/lib/server/notifications/notify";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { isIsoDate } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { InstitutionDocumentKind } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { INSTITUTION_DOCUMENT_KINDS } from "@/lib/server/institution/documents/institution-documents";

/**
 * 四(一)2 "双承诺制" (issue 13 item 6): institutions upload scans of the stamped 质量责任承诺书 and
 * 花名册 and send the paper originals by the end of registration. The reviewer (who checks the
 * institution's candidates against them) sees the scans (opened through /staff/files, one audit
 * row per opening) and records each paper's arrival: the day, who brought it, notes. Audited;
 * the institution sees it on its documents page and in its inbox.
 */

export interface PaperRecordDto {
  receivedOn: IsoDate;
  deliveredBy: string | null;
  notes: string | null;
  /** The staff member who recorded it. */
  recordedBy: string | null;
  recordedAt: string;
}

export interface PaperworkDocumentDto {
  kind: InstitutionDocumentKind;
  scan: { fileId: string; name: string; size: number } | null;
  paper: PaperRecordDto | null;
}

export interface InstitutionPaperworkDto {
  institutionId: string;
  institutionName: string;
  /** Candidates the institution registered for the batch (drafts included). */
  applications: number;
  documents: PaperworkDocumentDto[];
}

const toIsoDate = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export interface PaperworkPageDto {
  batches: { id: string; year: number; seq: number }[];
  selected: { id: string; year: number; seq: number } | null;
  institutions: InstitutionPaperworkDto[];
}

/** The staff page: the batch asked for, else the latest whose registration has opened. */
export async function paperworkPage(actor: Actor, batchId: string | undefined, today: IsoDate): Promise<PaperworkPageDto> {
  assertStaffRole(actor, "REVIEWER");
  const batches = await db.batch.findMany({
    orderBy: [{ year: "desc" }, { seq: "desc" }],
    select: { id: true, year: true, seq: true, registrationStart: true },
  });
  const selected =
    batches.find((b) => b.id === batchId) ?? batches.find((b) => toIsoDate(b.registrationStart) <= today) ?? batches[0];
  const strip = (b: { id: string; year: number; seq: number }) => ({ id: b.id, year: b.year, seq: b.seq });
  return {
    batches: batches.map(strip),
    selected: selected ? strip(selected) : null,
    institutions: selected ? await listInstitutionPaperwork(actor, selected.id) : [],
  };
}

/** Every institution with candidates or documents in the batch, with its scans and paper records. */
export async function listInstitutionPaperwork(actor: Actor, batchId: string): Promise<InstitutionPaperworkDto[]> {
  assertStaffRole(actor, "REVIEWER");
  if (!isUuid(batchId)) throw new AppError("NOT_FOUND", "paperwork.errors.notFound");
  const [docs, counts] = await Promise.all([
    db.institutionDocument.findMany({ where: { batchId } }),
    db.application.groupBy({
      by: ["institutionId"],
      where: { plan: { batchId }, channel: "INSTITUTION", institutionId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const institutionIds = [
    ...new Set([...docs.map((d) => d.institutionId), ...counts.flatMap((c) => (c.institutionId ? [c.institutionId] : []))]),
  ];
  const [institutions, files, staff] = await Promise.all([
    db.institution.findMany({ where: { id: { in: institutionIds } }, select: { id: true, name: true, seq: true } }),
    db.storedFile.findMany({
      where: { id: { in: docs.flatMap((d) => (d.fileId ? [d.fileId] : [])) } },
      select: { id: true, originalName: true, size: true },
    }),
    db.user.findMany({
      where: { id: { in: docs.flatMap((d) => (d.receivedById ? [d.receivedById] : [])) }, kind: "STAFF" },
      select: { id: true, displayName: true },
    }),
  ]);
  return institutions
    .sort((a, b) => a.seq - b.seq)
    .map((inst) => ({
      institutionId: inst.id,
      institutionName: inst.name,
      applications: counts.find((c) => c.institutionId === inst.id)?._count._all ?? 0,
      documents: INSTITUTION_DOCUMENT_KINDS.map((kind) => {
        const doc = docs.find((d) => d.institutionId === inst.id && d.kind === kind);
        const file = files.find((f) => f.id === doc?.fileId);
        return {
          kind,
          scan: file ? { fileId: file.id, name: file.originalName, size: file.size } : null,
          paper: doc ? paperRecord(doc, staff) : null,
        };
      }),
    }));
}

function paperRecord(
  doc: {
    paperReceivedOn: Date | null;
    paperReceivedAt: Date | null;
    paperDeliveredBy: string | null;
    paperNotes: string | null;
    receivedById: string | null;
  },
  staff: readonly { id: string; displayName: string }[],
): PaperRecordDto | null {
  if (!doc.paperReceivedAt) return null;
  return {
    // Records made before issue 13 have only the instant: its day stands for the arrival.
    receivedOn: toIsoDate(doc.paperReceivedOn ?? doc.paperReceivedAt),
    deliveredBy: doc.paperDeliveredBy,
    notes: doc.paperNotes,
    recordedBy: staff.find((s) => s.id === doc.receivedById)?.displayName ?? null,
    recordedAt: doc.paperReceivedAt.toISOString(),
  };
}

export interface RecordPaperInput {
  institutionId: string;
  batchId: string;
  kind: InstitutionDocumentKind;
  receivedOn: string;
  deliveredBy?: string;
  notes?: string;
}

/** Records (or corrects) the arrival of one paper original. Not in the future; audited; the institution is told. */
export async function recordPaperArrival(
  actor: Actor,
  input: RecordPaperInput,
  today: IsoDate,
  at: Date,
): Promise<PaperRecordDto> {
  assertStaffRole(actor, "REVIEWER");
  if (!isUuid(input.institutionId) || !isUuid(input.batchId) || !INSTITUTION_DOCUMENT_KINDS.includes(input.kind))
    throw new AppError("NOT_FOUND", "paperwork.errors.notFound");
  if (!isIsoDate(input.receivedOn) || input.receivedOn > today)
    throw new AppError("INVALID", "paperwork.errors.receivedOn", { receivedOn: ["paperwork.errors.receivedOn"] });
  const deliveredBy = input.deliveredBy?.trim().slice(0, 100) || null;
  const notes = input.notes?.trim().slice(0, 500) || null;
  return db.$transaction(async (tx) => {
    const [institution, batch] = await Promise.all([
      tx.institution.findUnique({ where: { id: input.institutionId }, select: { id: true } }),
      tx.batch.findUnique({ where: { id: input.batchId }, select: { year: true, seq: true } }),
    ]);
    if (!institution || !batch) throw new AppError("NOT_FOUND", "paperwork.errors.notFound");
    const key = { institutionId_batchId_kind: { institutionId: input.institutionId, batchId: input.batchId, kind: input.kind } };
    const before = await tx.institutionDocument.findUnique({ where: key, select: { paperReceivedOn: true } });
    const data = {
      paperReceivedOn: new Date(`${input.receivedOn}T00:00:00Z`),
      paperReceivedAt: at,
      receivedById: actor.id,
      paperDeliveredBy: deliveredBy,
      paperNotes: notes,
    };
    const doc = await tx.institutionDocument.upsert({
      where: key,
      create: { institutionId: input.institutionId, batchId: input.batchId, kind: input.kind, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "institution.paper-received",
      entity: "InstitutionDocument",
      entityId: doc.id,
      before: before?.paperReceivedOn ? { receivedOn: toIsoDate(before.paperReceivedOn) } : null,
      // What was written, without the free text (it may name people; the row keeps it encrypted).
      after: { kind: input.kind, receivedOn: input.receivedOn, deliveredBy: deliveredBy !== null, notes: notes !== null },
    });
    await tx.notification.create({
      data: {
        institutionId: input.institutionId,
        ...messageColumns(
          inboxMessage("paperReceived", {
            year: batch.year,
            seq: batch.seq,
            document: input.kind,
            receivedOn: input.receivedOn,
            notes: notes ? "yes" : "no",
            detail: notes ?? "",
          }),
        ),
      },
      select: { id: true },
    });
    const staff = await tx.user.findMany({ where: { id: actor.id }, select: { id: true, displayName: true } });
    return paperRecord(doc, staff)!;
  });
}
