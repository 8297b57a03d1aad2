import "server-only";
import type { MessageKey } from "@/lib/i18n/message-key";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { linkConfirmedReceipts } from "./bank-statement-link-confirmed";
import { readBankStatement, type ParsedStatement } from "./bank-statement-parse";

export const MAX_STATEMENT_BYTES = 2 * 1024 * 1024;

export interface ImportStatementDto {
  importId: string;
  encoding: ParsedStatement["encoding"];
  imported: number;
  /** Lines already imported before (the same statement, or overlapping days): kept once. */
  duplicates: number;
  outgoing: number;
  /** Lines matched to receipts the clerk had already confirmed by hand (linked, nothing to do). */
  linkedToConfirmed: number;
  /** Debit rows (the bank's fee) and summary rows (合计): read, not imported, not refused. */
  skipped: ParsedStatement["skipped"];
  problems: ParsedStatement["problems"];
}

/**
 * 五: stores the lines of the bank's statement for matching. Importing the same statement (or
 * one that overlaps an earlier one) again keeps each line once: a line is the same when date,
 * amount, payer and remark are, counted (two equal transfers in one file are two lines). An advisory lock keeps two imports from racing past that check.
 */
export async function importBankStatement(
  actor: Actor,
  file: { bytes: Uint8Array; name: string },
  at: Date = now(),
): Promise<ImportStatementDto> {
  assertStaffRole(actor, "FINANCE");
  if (file.bytes.byteLength === 0)
    throw new AppError("INVALID", "staffPayments.statement.empty", { file: ["staffPayments.statement.empty"] });
  if (file.bytes.byteLength > MAX_STATEMENT_BYTES)
    throw new AppError("INVALID", "staffPayments.statement.tooLarge", { file: ["staffPayments.statement.tooLarge"] });
  const parsed = await readStatementOrRefuse(file.bytes);
  if (parsed.lines.length === 0 && parsed.problems.length === 0) {
    throw new AppError("INVALID", "staffPayments.statement.noColumns", { file: ["staffPayments.statement.noColumns"] });
  }
  const importId = randomUUID();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bank-statement-import'))`;
    const dates = [...new Set(parsed.lines.map((l) => l.date))].map(fromIsoDate);
    const existing = await tx.bankStatementLine.findMany({
      where: { date: { in: dates } },
      select: { date: true, amountFen: true, payerName: true, remark: true },
    });
    const key = (l: { date: string; amountFen: number; payerName: string; remark: string }) =>
      JSON.stringify([l.date, l.amountFen, l.payerName, l.remark]);
    // A multiset: a file may rightly hold two equal lines (two transfers); a re-import adds none.
    const stored = new Map<string, number>();
    for (const l of existing) {
      const k = key({ ...l, date: toIsoDate(l.date) });
      stored.set(k, (stored.get(k) ?? 0) + 1);
    }
    const fresh = parsed.lines.filter((line) => {
      const left = stored.get(key(line)) ?? 0;
      if (left > 0) stored.set(key(line), left - 1);
      return left === 0;
    });
    await tx.bankStatementLine.createMany({
      data: fresh.map((l) => ({
        importId,
        date: fromIsoDate(l.date),
        amountFen: l.amountFen,
        payerName: l.payerName,
        remark: l.remark,
      })),
    });
    const linkedToConfirmed = await linkConfirmedReceipts(tx, shanghaiDate(at));
    const dto: ImportStatementDto = {
      linkedToConfirmed,
      importId,
      encoding: parsed.encoding,
      imported: fresh.length,
      duplicates: parsed.lines.length - fresh.length,
      outgoing: parsed.outgoing,
      skipped: parsed.skipped,
      problems: parsed.problems,
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.statement.import",
      entity: "BankStatementImport",
      entityId: importId,
      after: {
        fileName: file.name.slice(0, 100),
        imported: dto.imported,
        duplicates: dto.duplicates,
        problems: dto.problems.length,
        skipped: dto.skipped.length,
        linkedToConfirmed,
      },
    });
    return dto;
  });
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** An old .xls, or an .xlsx that does not open, is refused with what to export instead. */
async function readStatementOrRefuse(bytes: Uint8Array): Promise<ParsedStatement> {
  const refuse = (key: MessageKey) => new AppError("INVALID", key, { file: [key] });
  if (OLE.every((b, i) => bytes[i] === b)) throw refuse("reconciliation.errors.xls");
  try {
    return await readBankStatement(bytes);
  } catch {
    throw refuse("reconciliation.errors.unreadable");
  }
}
