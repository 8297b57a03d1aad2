import "server-only";
import type { ActionResult } from "@/lib/action-result";
import type { ArchiveImportStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { loadOwnUpload } from "../archive/archive-status";
import type { RosterPreviewDto } from "./preview-roster";
import { readStoredRosterResult } from "./stored-roster-result";

export interface RosterImportStatus {
  id: string;
  status: ArchiveImportStatus;
  /** Once read and checked: the preview, or the refusal, exactly as the single-request form answers it. */
  result: ActionResult<RosterPreviewDto> | null;
}

/** Where one of the institution's own resumable rosters stands (ADR 117); another institution's answers NOT_FOUND. */
export async function getRosterImportStatus(actor: Actor, id: string): Promise<RosterImportStatus> {
  const row = await loadOwnUpload(actor, id, "ROSTER");
  const done = row.status === "DONE" || row.status === "FAILED";
  return {
    id: row.id,
    status: row.status,
    result: done && row.report ? readStoredRosterResult(row.report) : null,
  };
}
