import { idNumberText } from "./values";
import { rosterFailure, validateRow, type RawRosterRow, type RosterRowResult, type RowContext } from "./validate-row";

/** What the database already knows about the roster's people, looked up once for all rows. */
export interface RosterLookups {
  /** Candidate.name by ID number, for people the portal already knows. */
  namesById: ReadonlyMap<string, string>;
  /** Projects (seq) each ID number already has an application for in this batch, and whether this institution made it. */
  appliedById: ReadonlyMap<string, readonly { projectSeq: number; ownInstitution: boolean }[]>;
}

export interface RosterValidation {
  rows: RosterRowResult[];
  valid: number;
  invalid: number;
}

/*
 * Issue 11, no data about strangers: a row is answered with what the institution needs to fix
 * its own row, never with what the portal knows about a person the institution only named by
 * ID number (the name on record, whether and through which channel they applied). Otherwise a
 * roster of guessed ID numbers would turn each into a real name and an application history.
 */
export const NAME_ON_RECORD_DIFFERS = rosterFailure("nameOnRecordDiffers");
export const CANNOT_ADD_TO_PLAN = rosterFailure("cannotAddToPlan");

/** The ID numbers a lookup needs: every well-formed one in the file, once. */
export function rosterIdNumbers(rows: readonly RawRosterRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    const text = idNumberText(row.cells.idNumber?.text ?? "");
    if (/^\d{17}[\dX]$/.test(text)) ids.add(text);
  }
  return [...ids];
}

/**
 * 四(一)2 and 四(二)3 over the whole file: each row on its own (validateRow), then what only
 * the whole file or the database can tell: the same person twice for one project, a name that
 * contradicts the one on record for that ID number, and one application per person per plan.
 */
export function validateRoster(rawRows: readonly RawRosterRow[], ctx: RowContext, lookups: RosterLookups): RosterValidation {
  const rows = rawRows.map((row) => validateRow(row, ctx));
  const firstLine = new Map<string, number>();
  const nameOf = new Map<string, { name: string; line: number }>();
  for (const row of rows) {
    const c = row.candidate;
    if (!c) continue;
    const key = `${c.idNumber}|${c.projectSeq}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      row.problems.push({ column: "idNumber", failure: rosterFailure("sameAsLine", { line: earlier }) });
    } else {
      firstLine.set(key, row.line);
    }
    const known = lookups.namesById.get(c.idNumber);
    const sameFile = nameOf.get(c.idNumber);
    if (known !== undefined && known !== c.name) {
      row.problems.push({ column: "name", failure: NAME_ON_RECORD_DIFFERS });
    } else if (sameFile && sameFile.name !== c.name) {
      // The name the institution itself wrote on that line, shown as written.
      row.problems.push({
        column: "name",
        failure: rosterFailure("nameDiffersInFile", { line: sameFile.line, name: sameFile.name }),
      });
    }
    if (!sameFile) nameOf.set(c.idNumber, { name: c.name, line: row.line });
    const applied = lookups.appliedById.get(c.idNumber)?.find((a) => a.projectSeq === c.projectSeq);
    if (applied) {
      row.problems.push({
        column: "project",
        failure: applied.ownInstitution ? rosterFailure("alreadyApplied") : CANNOT_ADD_TO_PLAN,
      });
    }
  }
  for (const row of rows) if (row.problems.length > 0) row.candidate = null;
  const valid = rows.filter((r) => r.candidate !== null).length;
  return { rows, valid, invalid: rows.length - valid };
}
