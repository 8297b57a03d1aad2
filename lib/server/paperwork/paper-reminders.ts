import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { messageColumns } from "@/lib/server/notifications/notify";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { addDays } from "@/lib/domain/iso-date";
import type { IsoDate } from "@/lib/domain/types";
import { INSTITUTION_DOCUMENT_KINDS } from "@/lib/server/institution/documents/institution-documents";
import { REMINDER_DAYS_AHEAD } from "@/lib/server/notifications/reminders";

/**
 * 四(一)2 (issue 13 item 6): the stamped paper originals are due by the end of registration. In
 * the last REMINDER_DAYS_AHEAD days before it, an institution with candidates in the batch whose
 * paper has not been recorded as received gets one message per batch naming what is missing
 * (and whether its scan is uploaded). Once per institution and batch, however often the job runs.
 */
export async function sendPaperOriginalReminders(today: IsoDate): Promise<number> {
  const batches = await db.batch.findMany({
    where: { registrationEnd: { gte: fromIsoDate(today), lte: fromIsoDate(addDays(today, REMINDER_DAYS_AHEAD)) } },
    select: { id: true, year: true, seq: true, registrationEnd: true },
  });
  let sent = 0;
  for (const batch of batches) {
    const counts = await db.application.groupBy({
      by: ["institutionId"],
      where: { plan: { batchId: batch.id, status: { not: "CANCELLED" } }, channel: "INSTITUTION", institutionId: { not: null } },
      _count: { _all: true },
    });
    for (const { institutionId } of counts) {
      if (!institutionId) continue;
      const dedupeKey = `reminder:paper-originals:${institutionId}:${batch.id}`;
      const docs = await db.institutionDocument.findMany({
        where: { institutionId, batchId: batch.id },
        select: { kind: true, fileId: true, paperReceivedAt: true },
      });
      const missing = INSTITUTION_DOCUMENT_KINDS.filter((k) => !docs.find((d) => d.kind === k)?.paperReceivedAt);
      if (missing.length === 0) continue;
      // Per paper: not missing ("no"), its paper missing ("paper"), its scan missing too ("scan").
      const state = (kind: (typeof INSTITUTION_DOCUMENT_KINDS)[number]) =>
        !missing.includes(kind) ? "no" : docs.find((d) => d.kind === kind)?.fileId ? "paper" : "scan";
      const created = await db.notification.createMany({
        data: [
          {
            institutionId,
            ...messageColumns(
              inboxMessage("paperReminder", {
                year: batch.year,
                seq: batch.seq,
                end: toIsoDate(batch.registrationEnd),
                letter: state("COMMITMENT_LETTER"),
                roster: state("ROSTER"),
                both: missing.length === 2 ? "yes" : "no",
              }),
            ),
            dedupeKey,
          },
        ],
        skipDuplicates: true,
      });
      sent += created.count;
    }
  }
  return sent;
}
