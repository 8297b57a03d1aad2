import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { idNumberHash, nameHash } from "@/lib/db-crypto/raw";
import type { IsoDate } from "@/lib/domain/types";
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
 * their ids: a caller that finds applications by something else reads them and their printed
 * values together (Prisma reads each relation in a statement of its own: ten in all).
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
  return ticketInputsOf(
    rows.map((row) => ({
      id: row.id,
      ticketNumber: row.ticketNumber!,
      seat: row.seat,
      roomId: row.roomId,
      name: row.candidate.name,
      idNumber: row.candidate.idNumber,
      roomName: row.room?.name ?? null,
      siteName: row.room?.site.name ?? null,
      siteAddress: row.room?.site.address ?? null,
      batchYear: row.plan.batch.year,
      batchSeq: row.plan.batch.seq,
      examDate: toIsoDate(row.plan.batch.examDate),
      projectName: row.plan.project.name,
      sessions: row.plan.examSessions,
      photo: row.attachments[0]?.file ?? null,
    })),
  );
}

/**
 * The public lookup's tickets (六): a person's confirmed applications with a ticket number whose
 * ticket window holds `day`, found by ID number and name together, with everything they print,
 * in one statement (ADR 151; `ticketInputsWhere` with the same filter reads ten). Equal to
 * `ticketInputsWhere` for the same applications (tests/integration/candidate/ticket-cache.test.ts).
 */
export async function lookupTicketInputs(
  idNumber: string,
  name: string,
  day: IsoDate,
): Promise<{ applicationIds: string[]; inputs: TicketInput[] }> {
  // Raw SQL matches the encrypted columns by their keyed hashes (lib/db-crypto/raw.ts); the
  // extension decrypts `name` and `idNumber` in the rows (they keep the field names).
  const rows = await db.$queryRaw<TicketRow[]>`
    SELECT a.id, a."ticketNumber", a.seat, a."roomId", c.name, c."idNumber",
      r.name AS "roomName", s.name AS "siteName", s.address AS "siteAddress",
      b.year AS "batchYear", b.seq AS "batchSeq", to_char(b."examDate", 'YYYY-MM-DD') AS "examDate",
      p.name AS "projectName",
      COALESCE((SELECT json_agg(json_build_object('roomId', e."roomId", 'startTime', e."startTime", 'endTime', e."endTime"))
        FROM "ExamSession" e WHERE e."planId" = a."planId"), '[]'::json) AS sessions,
      (SELECT json_build_object('id', f.id, 'sha256', f.sha256, 'mime', f.mime)
        FROM "Attachment" t JOIN "StoredFile" f ON f.id = t."fileId"
        WHERE t."applicationId" = a.id AND t.kind = 'PHOTO') AS photo
    FROM "Application" a
    JOIN "Candidate" c ON c.id = a."candidateId"
    JOIN "Plan" pl ON pl.id = a."planId"
    JOIN "Batch" b ON b.id = pl."batchId"
    JOIN "Project" p ON p.id = pl."projectId"
    LEFT JOIN "Room" r ON r.id = a."roomId"
    LEFT JOIN "ExamSite" s ON s.id = r."siteId"
    WHERE c."idNumberHash" = ${idNumberHash(idNumber)} AND c."nameHash" = ${nameHash(name)}
      AND b."ticketStart" <= ${day}::date AND b."examDate" >= ${day}::date
      AND a."ticketNumber" IS NOT NULL AND a.status = 'PAYMENT_CONFIRMED'
    ORDER BY a."ticketNumber" ASC`;
  return ticketInputsOf(rows);
}

/** One application's printed values, as both reads above give them. */
interface TicketRow {
  id: string;
  ticketNumber: string;
  seat: number | null;
  roomId: string | null;
  name: string;
  idNumber: string;
  roomName: string | null;
  siteName: string | null;
  siteAddress: string | null;
  batchYear: number;
  batchSeq: number;
  examDate: IsoDate;
  projectName: string;
  sessions: { roomId: string | null; startTime: string; endTime: string }[];
  photo: { id: string; sha256: string; mime: string } | null;
}

function ticketInputsOf(rows: readonly TicketRow[]): { applicationIds: string[]; inputs: TicketInput[] } {
  if (rows.length === 0) return { applicationIds: [], inputs: [] };
  // Only now: a lookup that finds nothing needs no signing secret (and says nothing more).
  const secret = tokenSecret();
  // 七: the candidate comes at the time the ticket gives; without a session there is no ticket.
  const sessions = rows.map((row) => sessionFor(row.sessions, row.roomId));
  if (sessions.some((s) => s === null)) throw new AppError("CONFLICT", "examDay.errors.ticketWithoutSession");
  const inputs = rows.map((row, i): TicketInput => {
    const photo = row.photo;
    return {
      ticketNumber: row.ticketNumber,
      name: row.name,
      maskedIdNumber: maskIdNumber(row.idNumber),
      photoFile:
        photo && (photo.mime === "image/jpeg" || photo.mime === "image/png")
          ? { id: photo.id, sha256: photo.sha256, mime: photo.mime }
          : null,
      projectName: row.projectName,
      examDate: row.examDate,
      examTime: formatSession(sessions[i]!),
      siteName: row.siteName ?? DEFAULT_SITE.name,
      siteAddress: row.siteAddress ?? DEFAULT_SITE.address,
      room: row.roomName,
      seat: row.seat,
      qrToken: signToken({ t: "ticket", id: row.ticketNumber, v: 1 }, secret),
      batchLabel: `${row.batchYear}年第${row.batchSeq}批次`,
    };
  });
  return { applicationIds: rows.map((row) => row.id), inputs };
}
