import "server-only";
import { parseTicketNumber } from "@/lib/domain/ticket-number";
import { verifyToken } from "@/lib/server/tokens/signed-token";

export type TicketCode = { ok: true; ticketNumber: string } | { ok: false; error: "format" | "checksum" | "token" };

/**
 * What the check-in desk reads: the ticket's QR (the whole verification URL, or just its token)
 * or a ticket number typed by hand. A QR must carry our signature (ADR 006): a printed fake
 * with a guessed number is refused before any lookup.
 */
export function readTicketCode(raw: string, secret: string | undefined): TicketCode {
  const text = raw.trim().slice(0, 400);
  let token: string | null = null;
  if (/token=/.test(text)) {
    try {
      token = new URL(text, "http://local").searchParams.get("token");
    } catch {
      return { ok: false, error: "token" };
    }
  } else if (text.includes(".")) {
    token = text;
  }
  if (token !== null) {
    if (!secret) return { ok: false, error: "token" };
    const verified = verifyToken(token, secret, "ticket");
    return verified.ok ? { ok: true, ticketNumber: verified.payload.id } : { ok: false, error: "token" };
  }
  const parsed = parseTicketNumber(text);
  return parsed.ok ? { ok: true, ticketNumber: parsed.value.ticketNumber } : { ok: false, error: parsed.error };
}
