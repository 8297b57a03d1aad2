import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { ClockEvent } from "@/lib/domain/window-rules";
import type { RuleDates } from "@/lib/domain/window-rules-dates";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextStatus } from "@/lib/server/applications/status";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { notifyApplicant, notifyEvent, type NotificationInput } from "@/lib/server/notifications/notify";
import type { DecisionContext } from "@/lib/server/review/review-messages";
import type { DueBatch } from "./due-batches";
import { chineseText, eventNote, type TimelineNoteKey } from "@/lib/i18n/stored-message";

type NotificationMessage = Omit<NotificationInput, "applicationId" | "dedupeKey">;

export interface ExpireSpec {
  from: ApplicationStatus;
  event: ClockEvent;
  /** The batches whose window has closed for `from`, as the rule table says (due-batches.ts). */
  batches: DueBatch[];
  /** Narrows the applications further (e.g. one channel). */
  where?: Prisma.ApplicationWhereInput;
  /** The timeline note (ADR 123). */
  note: TimelineNoteKey;
  /** The applicant's message; null sends none (institution drafts get one digest instead). */
  message: ((context: DecisionContext, dates: RuleDates) => NotificationMessage) | null;
}

/**
 * The clock-driven moves of the state machine (lib/domain/application-state: lapse, forfeit,
 * expire-undecided), in the batches the rule table names (lib/domain/window-rules).
 * Each application changes in its own short transaction, and only if it is still in `from`:
 * running twice, or two instances at once, changes each application once, writes one event
 * and one notification (its dedupe key is per application and event).
 */
export async function expireApplications(spec: ExpireSpec): Promise<{ changed: number; ids: string[] }> {
  if (spec.batches.length === 0) return { changed: 0, ids: [] };
  const datesOf = new Map(spec.batches.map((b) => [b.batch.id, b.dates]));
  const candidates = await db.application.findMany({
    where: { ...spec.where, status: spec.from, plan: { batchId: { in: [...datesOf.keys()] } } },
    select: {
      id: true,
      channel: true,
      institutionId: true,
      candidate: { select: { name: true } },
      plan: { select: { batch: { select: batchSelect }, project: { select: { name: true } } } },
    },
  });
  const to = nextStatus(spec.from, spec.event);
  const ids: string[] = [];
  // Institutions' applications: one digest per batch and institution after the loop (issue 13 item 9).
  const digest = new Map<string, Map<string, NotificationMessage & { project: string }>>();
  for (const app of candidates) {
    const batch = toBatchDef(app.plan.batch);
    const dates = datesOf.get(batch.id);
    if (!dates) continue;
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.application.updateMany({
        where: { id: app.id, status: spec.from },
        data: { status: to, version: { increment: 1 } },
      });
      if (updated.count !== 1) return false;
      await tx.applicationEvent.create({
        data: { applicationId: app.id, fromStatus: spec.from, toStatus: to, actorId: null, ...eventNote(spec.note) },
      });
      if (spec.message) {
        const message = spec.message({ candidateName: app.candidate.name, projectName: app.plan.project.name, batch }, dates);
        if (app.channel === "INSTITUTION" && app.institutionId) {
          const group = digest.get(batch.id) ?? new Map<string, NotificationMessage & { project: string }>();
          digest.set(batch.id, group.set(app.id, { ...message, project: app.plan.project.name }));
        } else {
          await notifyApplicant(tx, app.id, { ...message, dedupeKey: `${spec.event}:${app.id}` });
        }
      }
      return true;
    });
    if (done) ids.push(app.id);
  }
  const institutionParams = (list: string, count: number) => ({ count, list, note: spec.note.replace("timelineNotes.", "") });
  for (const [batchId, group] of digest) {
    const changedHere = [...group.keys()].filter((id) => ids.includes(id)).sort();
    if (changedHere.length === 0) continue;
    // Each application changes once (the status guard), so a run's set of ids names its event.
    const run = createHash("sha256").update(changedHere.join(",")).digest("hex").slice(0, 16);
    const first = group.get(changedHere[0]!)!;
    await db.$transaction((tx) =>
      notifyEvent(tx, changedHere, {
        title: first.title,
        // The same words as the candidate's title, chosen by the note (ADR 123: the stored title is the zh-CN rendering).
        institutionTitle: chineseText("inboxMessages.expiredInstitution.title", {
          note: spec.note.replace("timelineNotes.", ""),
        }),
        eventKey: `${spec.event}:${batchId}:${run}`,
        bodyFor: (id) => group.get(id)?.body ?? first.body,
        lineFor: (id) => ({ key: "inbox.digest.project", params: { project: group.get(id)?.project ?? "" } }),
        institutionBody: (list, count) => chineseText("inboxMessages.expiredInstitution.body", institutionParams(list, count)),
        keys: first.key
          ? {
              candidate: first.key,
              paramsFor: (id) => group.get(id)?.params ?? {},
              institution: "expiredInstitution",
              institutionParams,
            }
          : undefined,
      }),
    );
  }
  const changed = ids.length;
  if (changed > 0) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: `job.${spec.event}`,
        entity: "Application",
        after: { changed, from: spec.from, to },
      }),
    );
  }
  return { changed, ids };
}
