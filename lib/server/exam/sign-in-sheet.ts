import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { PhotoDto } from "@/lib/server/documents/photo";
import { renderSignInSheetPdf } from "@/lib/server/documents/sign-in-sheet-pdf";
import type { Actor } from "@/lib/server/auth/session";
import { batchLabel } from "@/lib/server/plans/load-plan";
import { assertStaffRole, isUuid } from "./staff-guard";

function photoOf(file: { data: Uint8Array; mime: string } | undefined): PhotoDto | null {
  return file && (file.mime === "image/jpeg" || file.mime === "image/png") ? { bytes: file.data, mime: file.mime } : null;
}

/** 考生签到册 (四(一)2 names it): one plan's candidates seated in one room, with their photos. */
export async function getSignInSheetPdf(
  actor: Actor,
  planId: string,
  roomId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(planId) || !isUuid(roomId)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const [plan, room] = await Promise.all([
    db.plan.findUnique({
      where: { id: planId },
      select: { status: true, batch: { select: { year: true, seq: true, examDate: true } }, project: { select: { name: true } } },
    }),
    db.room.findUnique({ where: { id: roomId }, select: { name: true, site: { select: { name: true } } } }),
  ]);
  if (!plan || !room || plan.status !== "HELD") throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const rows = await db.application.findMany({
    where: { planId, roomId, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
    orderBy: { seat: "asc" },
    select: {
      seat: true,
      ticketNumber: true,
      candidate: { select: { name: true, idNumber: true } },
      attachments: { where: { kind: "PHOTO" }, select: { file: { select: { data: true, mime: true } } } },
    },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "staffExam.errors.roomEmpty");
  const pdf = await renderSignInSheetPdf({
    batchLabel: batchLabel(plan.batch),
    projectName: plan.project.name,
    examDate: toIsoDate(plan.batch.examDate),
    siteName: room.site.name,
    room: room.name,
    rows: rows.map((r) => ({
      seat: r.seat,
      ticketNumber: r.ticketNumber!,
      name: r.candidate.name,
      maskedIdNumber: maskIdNumber(r.candidate.idNumber),
      photo: photoOf(r.attachments[0]?.file),
    })),
  });
  return { pdf, fileName: `签到册-${plan.project.name}-${room.name}.pdf` };
}
