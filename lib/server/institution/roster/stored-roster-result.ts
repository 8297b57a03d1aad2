import "server-only";
import type { ActionResult } from "@/lib/action-result";
import type { RosterColumnKey } from "@/lib/domain/roster/columns";
import { rosterFailure, type RowProblem } from "@/lib/domain/roster/validate-row";
import type { RosterPreviewDto } from "./preview-roster";

type StoredProblem = RowProblem | { column: RosterColumnKey; message: string };

/**
 * A roster's answer as kept in `ArchiveImport.report` (JSON text). Previews written before ADR 154
 * said each problem as a zh-CN sentence (`message`): it is kept as written behind
 * `ruleFailures.roster.asStored`, so a reload within the day still shows it. Reports last a day
 * (ADR 108): this reading can go with the next change that touches it.
 */
export function readStoredRosterResult(text: string): ActionResult<RosterPreviewDto> {
  const raw = JSON.parse(text) as ActionResult<RosterPreviewDto>;
  if (!raw.ok) return raw;
  const problemRows = raw.data.problemRows.map((r) => ({ ...r, problems: (r.problems as StoredProblem[]).map(readProblem) }));
  return { ...raw, data: { ...raw.data, problemRows } };
}

function readProblem(problem: StoredProblem): RowProblem {
  return "failure" in problem
    ? problem
    : { column: problem.column, failure: rosterFailure("asStored", { text: problem.message }) };
}
