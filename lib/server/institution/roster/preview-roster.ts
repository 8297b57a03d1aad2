import "server-only";
import { db } from "@/lib/db";
import type { RowProblem } from "@/lib/domain/roster/validate-row";
import type { IsoDate } from "@/lib/domain/types";
import { assertMay } from "@/lib/server/applications/window-verdict";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { loadBatch, loadInstitutionScope } from "../scope";
import { checkRoster, type CheckedRoster } from "./check-roster";

/** The preview page lists this many rows with problems; the invalid-rows file has them all. */
export const PREVIEW_PROBLEM_ROWS = 500;

export interface RosterPreviewDto {
  uploadId: string;
  fileName: string;
  format: "xlsx" | "csv";
  rows: number;
  valid: number;
  invalid: number;
  /** Valid rows per project, for the institution to recognise its file. */
  validByProject: { name: string; count: number }[];
  /** Valid rows whose condition staff judge on evidence (附件1 skill, occupation, major). */
  needsEvidence: number;
  /** Each problem a key with values (ADR 154), said in the reader's language by `rosterProblemText`. */
  problemRows: { line: number; name: string; idNumber: string; problems: RowProblem[] }[];
}

/**
 * Registration for the batch is open (三): rosters go in only then, like individual applications.
 * A roster row is an institution's draft, so the rule table answers (ADR 064).
 */
export async function assertRegistrationOpen(batch: Awaited<ReturnType<typeof loadBatch>>, today: IsoDate): Promise<void> {
  await assertMay("edit", { role: "institution", status: "DRAFT", batch, day: today });
}

/**
 * 四(一)2 step one: the institution uploads its filled roster and sees every row with a problem,
 * column by column, before anything is stored. The file is kept (RosterUpload) so that the
 * submit and the invalid-rows download read the same bytes.
 */
export async function previewRoster(
  actor: Actor,
  input: { batchId: string; bytes: Uint8Array; fileName: string },
  today: IsoDate,
): Promise<RosterPreviewDto> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(input.batchId);
  await assertRegistrationOpen(batch, today);
  const checked = await checkRoster(scope, batch.id, input.bytes, today);
  const mime = checked.format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
  const upload = await db.$transaction(async (tx) => {
    const file = await fileStore.put({ bytes: input.bytes, mime, originalName: input.fileName }, tx);
    return tx.rosterUpload.create({
      data: {
        institutionId: scope.institutionId,
        batchId: batch.id,
        fileId: file.id,
        uploadedById: actor.id,
        originalName: input.fileName.slice(0, 200),
        rowCount: checked.rows.length,
        validCount: checked.valid,
      },
      select: { id: true },
    });
  });
  return previewOf(upload.id, input.fileName, checked);
}

/** What the clerk is shown of a checked roster: the counts, the valid rows per project, the first problem rows. */
export function previewOf(uploadId: string, fileName: string, checked: CheckedRoster): RosterPreviewDto {
  const names = new Map(checked.catalog.map((p) => [p.seq, p.name]));
  const counts = new Map<number, number>();
  let needsEvidence = 0;
  for (const row of checked.rows) {
    if (!row.candidate) continue;
    counts.set(row.candidate.projectSeq, (counts.get(row.candidate.projectSeq) ?? 0) + 1);
    if (row.candidate.evidence) needsEvidence += 1;
  }
  return {
    uploadId,
    fileName,
    format: checked.format,
    rows: checked.rows.length,
    valid: checked.valid,
    invalid: checked.invalid,
    validByProject: [...counts].sort(([a], [b]) => a - b).map(([seq, count]) => ({ name: names.get(seq) ?? String(seq), count })),
    needsEvidence,
    problemRows: checked.rows
      .filter((r) => r.problems.length > 0)
      .slice(0, PREVIEW_PROBLEM_ROWS)
      .map((r) => ({ line: r.line, name: r.texts.name, idNumber: r.texts.idNumber, problems: r.problems })),
  };
}
