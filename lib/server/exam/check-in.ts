import "server-only";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { readTicketCode } from "./read-ticket-code";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

export interface CheckInCardDto {
  applicationId: string;
  ticketNumber: string;
  name: string;
  maskedIdNumber: string;
  project: string;
  examDate: IsoDate;
  room: string | null;
  seat: number | null;
  hasPhoto: boolean;
  /** ISO instant of an earlier check-in: a second scan of one ticket is worth a look. */
  checkedInAt: string | null;
  /** "not-today": the ticket is real but for another exam day; the desk sends the person away. */
  problem: "not-today" | null;
}

export const cardSelect = {
  id: true,
  status: true,
  ticketNumber: true,
  checkedInAt: true,
  seat: true,
  candidate: { select: { name: true, idNumber: true } },
  room: { select: { name: true, site: { select: { name: true } } } },
  attachments: { where: { kind: "PHOTO" as const }, select: { id: true } },
  plan: { select: { status: true, batch: { select: { examDate: true } }, project: { select: { name: true } } } },
};

/** 七: the desk scans or types the ticket, then compares the photo with the person and the ID card. */
export async function lookupForCheckIn(actor: Actor, code: string, today: IsoDate): Promise<CheckInCardDto> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const read = readTicketCode(code, process.env.AUTH_SECRET);
  if (!read.ok)
    throw new AppError("INVALID", `staffExam.checkIn.errors.${read.error}`, { code: [`staffExam.checkIn.errors.${read.error}`] });
  const app = await db.application.findUnique({ where: { ticketNumber: read.ticketNumber }, select: cardSelect });
  if (!app || app.status !== "PAYMENT_CONFIRMED" || app.plan.status !== "HELD") {
    throw new AppError("NOT_FOUND", "staffExam.checkIn.errors.invalidTicket", {
      code: ["staffExam.checkIn.errors.invalidTicket"],
    });
  }
  return toCheckInCard(app, today);
}

type CardRow = NonNullable<
  Awaited<ReturnType<typeof db.application.findUnique<{ where: { id: string }; select: typeof cardSelect }>>>
>;

export function toCheckInCard(app: CardRow, today: IsoDate): CheckInCardDto {
  const examDate = toIsoDate(app.plan.batch.examDate);
  return {
    applicationId: app.id,
    ticketNumber: app.ticketNumber!,
    name: app.candidate.name,
    maskedIdNumber: maskIdNumber(app.candidate.idNumber),
    project: app.plan.project.name,
    examDate,
    room: app.room ? `${app.room.site.name} ${app.room.name}` : null,
    seat: app.seat,
    hasPhoto: app.attachments.length > 0,
    checkedInAt: app.checkedInAt?.toISOString() ?? null,
    problem: examDate === today ? null : "not-today",
  };
}

/** Marks the candidate present (checkedInAt), on the exam day only; a second tap keeps the first time. */
export async function checkIn(actor: Actor, applicationId: string, today: IsoDate, at: Date): Promise<{ checkedInAt: string }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "staffExam.checkIn.errors.invalidTicket");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
    const app = await tx.application.findUnique({ where: { id: applicationId }, select: cardSelect });
    if (!app || app.status !== "PAYMENT_CONFIRMED" || app.plan.status !== "HELD" || !app.ticketNumber) {
      throw new AppError("NOT_FOUND", "staffExam.checkIn.errors.invalidTicket");
    }
    if (toIsoDate(app.plan.batch.examDate) !== today) throw new AppError("CONFLICT", "staffExam.checkIn.errors.notToday");
    if (app.checkedInAt) return { checkedInAt: app.checkedInAt.toISOString() };
    await tx.application.update({ where: { id: applicationId }, data: { checkedInAt: at }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "exam.checkIn",
      entity: "Application",
      entityId: applicationId,
      after: { ticketNumber: app.ticketNumber },
    });
    return { checkedInAt: at.toISOString() };
  });
}

/** The candidate's photo for the desk's screen (七: the person must match the photo). */
export async function getCheckInPhoto(actor: Actor, applicationId: string): Promise<{ fileId: string } | null> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(applicationId)) return null;
  const photo = await db.attachment.findUnique({
    where: { applicationId_kind: { applicationId, kind: "PHOTO" } },
    select: { fileId: true, application: { select: { candidateId: true } } },
  });
  if (!photo) return null;
  await recordPersonalDataRead(actor, {
    action: "file.view",
    entity: "Application",
    entityId: applicationId,
    candidateIds: [photo.application.candidateId],
    detail: { file: "PHOTO" },
  });
  return { fileId: photo.fileId };
}
