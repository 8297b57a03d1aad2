import "server-only";
import type { Failure } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { rosterColumn } from "@/lib/domain/roster/columns";
import { rosterIdNumbers, validateRoster, type RosterValidation } from "@/lib/domain/roster/validate-roster";
import type { IsoDate } from "@/lib/domain/types";
import type { InstitutionScope } from "../scope";
import { readRosterFile } from "./read-roster-file";
import { loadCatalog, lookupRoster } from "./roster-context";

export interface CheckedRoster extends RosterValidation {
  format: "xlsx" | "csv";
  catalog: Awaited<ReturnType<typeof loadCatalog>>;
}

/**
 * Reads and validates a roster file against the rules and the database as they are now. The
 * preview, the submit and the invalid-rows export all call this, so what is stored is what
 * was checked at that moment, not what a preview said minutes earlier.
 */
export async function checkRoster(
  scope: InstitutionScope,
  batchId: string,
  bytes: Uint8Array,
  today: IsoDate,
  client: Tx | typeof db = db,
): Promise<CheckedRoster> {
  const file = await readRosterFile(bytes);
  if (!file.ok) {
    const missing = (file.missing ?? []).map((k) => rosterColumn(k).header).join("、");
    const duplicated = (file.duplicated ?? []).map((k) => rosterColumn(k).header).join("、");
    const details: Failure[] = [
      ...(missing ? [{ key: "ruleFailures.roster.missingColumns", params: { columns: missing } } as const] : []),
      ...(duplicated ? [{ key: "ruleFailures.roster.duplicatedColumns", params: { columns: duplicated } } as const] : []),
    ];
    throw new AppError("INVALID", `institution.errors.roster.${file.error}`, details.length > 0 ? { file: details } : {});
  }
  const catalog = await loadCatalog(client);
  const lookups = await lookupRoster(client, batchId, scope.institutionId, rosterIdNumbers(file.rows));
  const validation = validateRoster(file.rows, { today, catalog, authorizedSeqs: scope.projectSeqs }, lookups);
  return { ...validation, format: file.format, catalog };
}
