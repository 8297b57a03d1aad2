import "server-only";
import { db } from "@/lib/db";
import { keyedHash } from "@/lib/db-crypto/envelope";
import { now } from "@/lib/clock";
import { renderTicketsPdf } from "@/lib/server/documents/ticket-pdf";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { fileStore } from "@/lib/server/storage/file-store";
import { buildTicketDtos, buildTicketInputs, type TicketInput } from "./build-ticket-dtos";

/**
 * Bump when the ticket's layout or renderer changes: every kept PDF is then rendered again on
 * its next lookup (it is part of each version key).
 */
export const TICKET_LAYOUT_VERSION = 1;

/** Keyed (ADR 057's HMAC key): the inputs include names, so a plain hash could be guessed back. */
const digest = (domain: string, text: string) => keyedHash(domain, text);

/** Which document: the sorted application ids (a lookup can find more than one ticket). */
export function ticketDocumentId(applicationIds: readonly string[]): string {
  return digest("ticketDocument", [...applicationIds].sort().join(","));
}

/**
 * Which version of it: everything printed (seat, room, site, session time, name, masked ID
 * number, the QR token, …), the photo by its SHA-256, the address the QR code points at and the
 * layout version. Equal keys render equal PDFs.
 */
export function ticketVersionKey(tickets: readonly TicketInput[], baseUrl: string): string {
  return digest("ticketVersion", JSON.stringify({ v: TICKET_LAYOUT_VERSION, baseUrl, tickets }));
}

/**
 * 六: the ticket PDF for these applications (access already checked by the caller), rendered
 * once per version and kept (ADR 091). The printed values are read every time (one query, no
 * photo bytes); the PDF comes from the file store when its version key still matches, and is
 * rendered, stored and the old one deleted when it does not: a new seat, room, session or photo
 * changes the key, so nothing has to remember to invalidate it.
 */
export async function ticketDocument(
  applicationIds: readonly string[],
  baseUrl: string,
  /** The printed values when the caller has just read them (the public lookup, ADR 146). */
  known?: readonly TicketInput[],
): Promise<Buffer> {
  const id = ticketDocumentId(applicationIds);
  const recent = known ? recentPdf(id, ticketVersionKey(known, baseUrl)) : null;
  if (recent) return recent;
  const [inputs, kept] = await Promise.all([
    known ?? buildTicketInputs(applicationIds),
    db.ticketPdf.findUnique({ where: { id }, select: { versionKey: true, fileId: true } }),
  ]);
  const versionKey = ticketVersionKey(inputs, baseUrl);
  if (kept?.versionKey === versionKey) {
    const file = await fileStore.get(kept.fileId);
    if (file) return remember(id, versionKey, Buffer.from(file.bytes));
  }
  const pdf = await renderTicketsPdf(await buildTicketDtos(applicationIds), baseUrl);
  await keep(id, versionKey, pdf, kept?.fileId ?? null);
  return remember(id, versionKey, pdf);
}

/**
 * The PDFs this process served last, by document and version key, within a byte budget (oldest
 * out first). A hit needs the version key the caller computed from the values it just read, so
 * it is exactly the PDF storage holds for that version: a new seat, session or photo is a new
 * key, on this instance or another (ADR 146). Storage stays what keeps them; this saves the
 * kept PDF's two reads (its row, its bytes as hex text) and the decryption, per lookup.
 */
const RECENT_BUDGET_BYTES = 32 * 2 ** 20;
const recentPdfs = new Map<string, { versionKey: string; pdf: Buffer }>();
let recentBytes = 0;

function recentPdf(id: string, versionKey: string): Buffer | null {
  const entry = recentPdfs.get(id);
  if (!entry || entry.versionKey !== versionKey) return null;
  recentPdfs.delete(id); // most recently used last
  recentPdfs.set(id, entry);
  return entry.pdf;
}

function remember(id: string, versionKey: string, pdf: Buffer): Buffer {
  const previous = recentPdfs.get(id);
  if (previous) {
    recentBytes -= previous.pdf.byteLength;
    recentPdfs.delete(id);
  }
  if (pdf.byteLength > RECENT_BUDGET_BYTES / 8) return pdf;
  recentPdfs.set(id, { versionKey, pdf });
  recentBytes += pdf.byteLength;
  for (const [oldest, entry] of recentPdfs) {
    if (recentBytes <= RECENT_BUDGET_BYTES) break;
    recentPdfs.delete(oldest);
    recentBytes -= entry.pdf.byteLength;
  }
  return pdf;
}

/** Stores the new version and drops the old file; a lookup that lost a race keeps the winner's. */
async function keep(id: string, versionKey: string, pdf: Buffer, previousFileId: string | null): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const stored = await fileStore.put({ bytes: pdf, mime: "application/pdf", originalName: "准考证.pdf" }, tx);
      const data = { versionKey, fileId: stored.id, renderedAt: now() };
      if (previousFileId === null) {
        await tx.ticketPdf.create({ data: { id, ...data } });
        return;
      }
      // Replace only the version this request saw; another request may have replaced it already.
      const replaced = await tx.ticketPdf.updateMany({ where: { id, fileId: previousFileId }, data });
      if (replaced.count === 0) throw new LostRace();
      await fileStore.delete(previousFileId, tx);
    });
  } catch (error) {
    // Another lookup of the same document stored its PDF first: ours is still correct to send.
    if (error instanceof LostRace || isUniqueViolation(error)) return;
    throw error;
  }
}

class LostRace extends Error {}
