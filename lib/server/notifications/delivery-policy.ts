import { maskIdNumbersIn } from "@/lib/domain/id-number";

/** After this many tries an email stays unsent and the outbox page says so (ADR 045). */
export const MAX_ATTEMPTS = 5;

/**
 * How long a claimed row is left to the drain that claimed it. Far above the transport's
 * timeouts (10 s + 10 s + 30 s idle), so only a drain that died mid-send lets it lapse.
 */
export const LEASE_SECONDS = 10 * 60;

/**
 * Wait after the nth failed try: 10 min, 30 min, 1.5 h, 4.5 h. With the jobs running every 10
 * minutes, a mail server that is down for an afternoon still gets every email in the end.
 */
export function retryDelaySeconds(attempts: number): number {
  return 600 * 3 ** Math.max(0, attempts - 1);
}

export type OutboxState = "waiting" | "sending" | "retrying" | "failed" | "sent";

export function outboxState(row: { sentAt: Date | null; attempts: number; lastError: string | null }): OutboxState {
  if (row.sentAt) return "sent";
  if (row.attempts >= MAX_ATTEMPTS) return "failed";
  if (row.lastError) return "retrying";
  return row.attempts > 0 ? "sending" : "waiting";
}

interface MailError {
  code?: unknown;
  command?: unknown;
  message?: unknown;
}

/**
 * Whether the rest of this drain should wait for the next one. Only a refused recipient or a
 * refused message is about this email; anything else (connection, login, TLS, a refused sender)
 * would fail every email alike, and trying them all would spend their attempts for nothing.
 */
export function stopsTheDrain(error: unknown): boolean {
  const e = (typeof error === "object" && error !== null ? error : {}) as MailError;
  if (e.code === "EMESSAGE") return false;
  return !(e.code === "EENVELOPE" && typeof e.command === "string" && e.command.startsWith("RCPT"));
}

/**
 * The administrator's one-line reason: the mail library's code and the server's reply, with
 * the account's password and any ID number taken out, short enough for a table cell.
 */
export function describeDeliveryError(error: unknown, secrets: readonly string[] = []): string {
  const e = (typeof error === "object" && error !== null ? error : { message: String(error) }) as MailError;
  let text = `${deliveryErrorCode(error)}: ${typeof e.message === "string" ? e.message : "unknown error"}`;
  for (const secret of secrets) text = text.split(secret).join("***");
  text = maskIdNumbersIn(text.replace(/\s+/g, " ").trim());
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** Nodemailer's error code (EAUTH, ECONNECTION, EENVELOPE…): safe to log, it names no one. */
export function deliveryErrorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as MailError).code : undefined;
  return typeof code === "string" && /^[A-Z0-9_]{1,20}$/.test(code) ? code : "ERROR";
}
