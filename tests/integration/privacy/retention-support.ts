import { db } from "@/lib/db";
import { applyRetention } from "@/lib/server/jobs/retention";
import { ensureCatalog } from "../support/seed";

// Issue 11 retention (ADR 061): each rule deletes exactly what the schedule says and nothing
// else, and a second run changes nothing. Every test works in a year of its own, after the sweep below of
// whatever earlier files left (the jobs tests use 1951–2014), since the jobs look at the whole database; the later tests of
// this file use earlier years (1911–1916), so an earlier test's run never reaches them and
// theirs never reach the earlier tests' rows.

/** What a run of the retention job answers when it deletes nothing. */
export const NOTHING = {
  rosterUploads: 0,
  drafts: 0,
  rateLimits: 0,
  attachments: 0,
  submittedRosters: 0,
  correctionEvidence: 0,
  applicationDetails: 0,
  anonymisedPeople: 0,
  peopleWithoutRecords: 0,
};
export const fileCount = (ids: string[]) => db.storedFile.count({ where: { id: { in: ids } } });
export const attachmentFiles = async (applicationId: string) =>
  (await db.attachment.findMany({ where: { applicationId }, select: { fileId: true } })).map((a) => a.fileId);

/**
 * Each retention file's beforeAll: rows other files left in early years are swept first (files run
 * one after another): db/integrity.test.ts writes a 1900 draft, the window-rules tests put their
 * batches in random years 1901–1950 (window-rules/support.ts), and the other retention file leaves
 * its last rows. A sweep as of 1960 finishes all of them, so every count is the running file's rows only.
 */
export async function sweepEarlierRows() {
  await ensureCatalog();
  await applyRetention("1960-01-01", new Date("1960-01-01T00:00:00Z"));
}
