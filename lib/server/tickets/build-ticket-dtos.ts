import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { AppError } from "@/lib/app-error";
import { formatSession, sessionFor } from "@/lib/domain/exam-session";
import { maskIdNumber } from "@/lib/domain/id-number";
import { CENTER_NAME } from "@/lib/server/documents/center";
import type { TicketDto } from "@/lib/server/documents/ticket-pdf";
import { signToken } from "@/lib/server/tokens/signed-token";

/** 七: where the exam is held when staff have not yet assigned a room (the provincial-direct site). */
export const DEFAULT_SITE = { name: `${CENTER_NAME}省直考点`, address: "成都市青羊区东二巷18号" };

export function tokenSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required to sign ticket QR codes");
  return secret;
}

/**
 * One ticket per application with a ticket number (六), in ticket-number order, with its
 * session's time (七); refused while any of them has no session (the officer sets it). The candidate
 * channel, the public lookup and the institution's batch printing all build tickets here.
 */
export async function buildTicketDtos(applicationIds: readonly string[], client: Tx | typeof db = db): Promise<TicketDto[]> {
  const inputs = await buildTicketInputs(applicationIds, client);
  const photoIds = inputs.flatMap((t) => (t.photoFile ? [t.photoFile.id] : []));
  const photos =
    photoIds.length === 0
      ? new Map<string, Uint8Array>()
      : new Map(
          (await client.storedFile.findMany({ where: { id: { in: photoIds } }, select: { id: true, data: true } })).map((f) => [
            f.id,
            f.data,
          ]),
        );
  return inputs.map(({ photoFile, ...ticket }) => {
    const bytes = photoFile ? photos.get(photoFile.id) : undefined;
    return { ...ticket, photo: photoFile && bytes ? { bytes, mime: photoFile.mime } : null };
  });
}

/** A ticket's printed values with its photo as a reference (file id and hash), not its bytes. */
export type TicketInput = Omit<TicketDto, "photo"> & {
  photoFile: { id: string; sha256: string; mime: "image/jpeg" | "image/png" } | null;
};

/**
 * Everything a ticket prints except the photo's bytes (ADR 091): enough to tell whether a kept
 * PDF is still the one these values would render. `buildTicketDtos` adds the bytes.
 */
export async function buildTicketInputs(applicationIds: readonly string[], client: Tx | typeof db = db): Promise<TicketInput[]> {
  return (await ticketInputsWhere({ id: { in: [...applicationIds] } }, client)).inputs;
}

/**
 * The tickets of the applications `where` finds (with a ticket number, payment confirmed), and
 * their ids: a caller that finds applications by something else (the public lookup: ID number,
 * name, ticket window) reads them and their printed values in one query.
 */
export async function ticketInputsWhere(
  where: Prisma.ApplicationWhereInput,
  client: Tx | typeof db = db,
): Promise<{ applicationIds: string[]; inputs: TicketInput[] }> {
  const rows = await client.application.findMany({
    where: { AND: [where, { ticketNumber: { not: null }, status: "PAYMENT_CONFIRMED" }] },
    orderBy: { ticketNumber: "asc" },
    select: {
      id: true,
      ticketNumber: true,
      seat: true,
      roomId: true,
      candidate: { select: { name: true, idNumber: true } },
      room: { select: { name: true, site: { select: { name: true, address: true } } } },
      plan: {
        select: {
          batch: { select: { year: true, seq: true, examDate: true } },
          project: { select: { name: true } },
          examSessions: { select: { roomId: true, startTime: true, endTime: true } },
        },
      },
      attachments: { where: { kind: "PHOTO" }, select: { file: { select: { id: true, sha256: true, mime: true } } } },
    },
  });
  if (rows.length === 0) return { applicationIds: [], inputs: [] };
  // Only now: a lookup that finds nothing needs no signing secret (and says nothing more).
  const secret = tokenSecret();
  // 七: the candidate comes at the time the ticket gives; without a session there is no ticket.
  const sessions = rows.map((row) => sessionFor(row.plan.examSessions, row.roomId));
  if (sessions.some((s) => s === null)) throw new AppError("CONFLICT", "examDay.errors.ticketWithoutSession");
  const inputs = rows.map((row, i): TicketInput => {
    const photo = row.attachments[0]?.file;
    const ticketNumber = row.ticketNumber!;
    return {
      ticketNumber,
      name: row.candidate.name,
      maskedIdNumber: maskIdNumber(row.candidate.idNumber),
      photoFile:
        photo && (photo.mime === "image/jpeg" || photo.mime === "image/png")
          ? { id: photo.id, sha256: photo.sha256, mime: photo.mime }
          : null,
      projectName: row.plan.project.name,
      examDate: toIsoDate(row.plan.batch.examDate),
      examTime: formatSession(sessions[i]!),
      siteName: row.room?.site.name ?? DEFAULT_SITE.name,
      siteAddress: row.room?.site.address ?? DEFAULT_SITE.address,
      room: row.room?.name ?? null,
      seat: row.seat,
      qrToken: signToken({ t: "ticket", id: ticketNumber, v: 1 }, secret),
      batchLabel: `${row.plan.batch.year}年第${row.plan.batch.seq}批次`,
    };
  });
  return { applicationIds: rows.map((row) => row.id), inputs };
}
