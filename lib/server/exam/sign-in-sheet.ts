import "server-only";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { formatSession, sessionFor } from "@/lib/domain/exam-session";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { PhotoDto } from "@/lib/server/documents/photo";
import { renderSignInSheetPdf } from "@/lib/server/documents/sign-in-sheet-pdf";
import type { Actor } from "@/lib/server/auth/session";
import { batchLabel } from "@/lib/server/plans/load-plan";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";

function photoOf(file: { data: Uint8Array; mime: string } | undefined): PhotoDto | null {
  return file && (file.mime === "image/jpeg" || file.mime === "image/png") ? { bytes: file.data, mime: file.mime } : null;
}

/**
 * 考生签到册 (四(一)2 names it) of one room on the batch's exam day, with photos: every held
 * plan's candidates seated there that day. The day, not the batch, decides who is listed,
 * because seats are given per room and exam day (seat-occupancy.ts): the sheet lists exactly
 * the people who hold a seat in the room (ADR 048).
 */
export async function getRoomSignInSheetPdf(
  actor: Actor,
  batchId: string,
  roomId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(batchId) || !isUuid(roomId)) throw new AppError("NOT_FOUND", "staffExam.errors.sheetNotFound");
  const [batch, room] = await Promise.all([
    db.batch.findUnique({ where: { id: batchId }, select: { examDate: true } }),
    db.room.findUnique({ where: { id: roomId }, select: { name: true, site: { select: { name: true } } } }),
  ]);
  if (!batch || !room) throw new AppError("NOT_FOUND", "staffExam.errors.sheetNotFound");
  const rows = await db.application.findMany({
    where: {
      roomId,
      status: "PAYMENT_CONFIRMED",
      ticketNumber: { not: null },
      plan: { status: "HELD", batch: { examDate: batch.examDate } },
    },
    orderBy: [{ seat: "asc" }, { ticketNumber: "asc" }],
    select: {
      seat: true,
      ticketNumber: true,
      candidateId: true,
      candidate: { select: { name: true, idNumber: true } },
      plan: {
        select: {
          project: { select: { name: true } },
          batch: { select: { year: true, seq: true } },
          examSessions: { select: { roomId: true, startTime: true, endTime: true } },
        },
      },
      attachments: { where: { kind: "PHOTO" }, select: { file: { select: { data: true, mime: true } } } },
    },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "staffExam.errors.roomEmpty");
  await recordPersonalDataRead(actor, {
    action: "pdf.sign-in-sheet",
    entity: "Room",
    entityId: roomId,
    candidateIds: rows.map((r) => r.candidateId),
    detail: { batchId },
  });
  const examDate = toIsoDate(batch.examDate);
  // Two batches on one day are rare (staff add them), but then both are named.
  const batches = [...new Set(rows.map((r) => batchLabel(r.plan.batch)))].sort();
  // 七: each project's session in this room (the room's own, else the plan-wide one).
  const examTimes = [...new Map(rows.map((r) => [r.plan.project.name, sessionFor(r.plan.examSessions, roomId)])).entries()]
    .filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== null)
    .map(([projectName, session]) => ({ projectName, time: formatSession(session) }));
  const pdf = await renderSignInSheetPdf({
    examTimes,
    batchLabel: batches.join("、"),
    examDate,
    siteName: room.site.name,
    room: room.name,
    rows: rows.map((r) => ({
      seat: r.seat,
      ticketNumber: r.ticketNumber!,
      name: r.candidate.name,
      maskedIdNumber: maskIdNumber(r.candidate.idNumber),
      projectName: r.plan.project.name,
      photo: photoOf(r.attachments[0]?.file),
    })),
  });
  return { pdf, fileName: `签到册-${examDate}-${room.site.name}-${room.name}.pdf` };
}
