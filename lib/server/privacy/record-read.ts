import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";

export interface PersonalDataRead {
  /** `application.view`, `pdf.sign-in-sheet`, `pdf.certificate`, `file.view`, … */
  action: string;
  entity: string;
  entityId: string;
  /** Whose data: the candidate ids shown (a sheet or a form lists many). */
  candidateIds: readonly string[];
  /** What was shown besides, e.g. the file kind. */
  detail?: Record<string, unknown>;
}

/**
 * Issue 11 read audit: a staff member saw a person's data (a page, a file, a PDF, an export).
 * One insert, no transaction; only staff reads are recorded (a candidate reading their own
 * data, or an institution its own candidates, is the purpose the data was given for).
 */
export async function recordPersonalDataRead(actor: Actor, read: PersonalDataRead): Promise<void> {
  if (actor.kind !== "STAFF") return;
  await recordAudit(db, {
    actorId: actor.id,
    action: read.action,
    entity: read.entity,
    entityId: read.entityId,
    after: { candidateIds: [...new Set(read.candidateIds)], ...read.detail },
  });
}
