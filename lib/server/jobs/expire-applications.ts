import "server-only";
import { db } from "@/lib/db";
import type { BatchDef } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextStatus } from "@/lib/server/applications/status";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import type { DecisionContext } from "@/lib/server/review/review-messages";

export interface ExpireSpec {
  from: ApplicationStatus;
  event: "lapse" | "forfeit";
  /** Applications whose window has closed (the caller builds it from `today`). */
  where: Prisma.ApplicationWhereInput;
  note: string;
  message: (context: DecisionContext) => { title: string; body: string };
}

/**
 * The clock-driven moves of the state machine (lib/domain/application-state: lapse, forfeit).
 * Each application changes in its own short transaction, and only if it is still in `from`:
 * running twice, or two instances at once, changes each application once, writes one event
 * and one notification (its dedupe key is per application and event).
 */
export async function expireApplications(spec: ExpireSpec): Promise<{ changed: number }> {
  const candidates = await db.application.findMany({
    where: { ...spec.where, status: spec.from },
    select: {
      id: true,
      candidate: { select: { name: true } },
      plan: { select: { batch: { select: batchSelect }, project: { select: { name: true } } } },
    },
  });
  const to = nextStatus(spec.from, spec.event);
  let changed = 0;
  for (const app of candidates) {
    const batch: BatchDef = toBatchDef(app.plan.batch);
    const done = await db.$transaction(async (tx) => {
      const updated = await tx.application.updateMany({
        where: { id: app.id, status: spec.from },
        data: { status: to, version: { increment: 1 } },
      });
      if (updated.count !== 1) return false;
      await tx.applicationEvent.create({
        data: { applicationId: app.id, fromStatus: spec.from, toStatus: to, actorId: null, note: spec.note },
      });
      await notifyApplicant(tx, app.id, {
        ...spec.message({ candidateName: app.candidate.name, projectName: app.plan.project.name, batch }),
        dedupeKey: `${spec.event}:${app.id}`,
      });
      return true;
    });
    if (done) changed++;
  }
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
  return { changed };
}
