import "server-only";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import { messageColumns } from "@/lib/server/notifications/notify";
import { draftsLapsedDigest } from "@/lib/server/review/review-messages";
import { batchesDue } from "./due-batches";
import { expireApplications } from "./expire-applications";

/**
 * ADR 064 end state 9: a draft never submitted by the end of registration lapses. A person's
 * own draft goes quietly (they never applied); an institution, which may have thousands, is
 * told once per batch in one digest (its dedupe key is per institution and batch). Idempotent.
 */
export async function lapseDrafts(today: IsoDate): Promise<{ changed: number }> {
  const batches = await batchesDue("DRAFT", "lapse", today);
  const lapsed = await expireApplications({
    from: "DRAFT",
    event: "lapse",
    batches,
    note: "timelineNotes.lapsedDraft",
    message: null,
  });
  if (lapsed.ids.length === 0) return { changed: 0 };
  const groups = await db.application.groupBy({
    by: ["institutionId", "planId"],
    where: { id: { in: lapsed.ids }, channel: "INSTITUTION" },
    _count: { _all: true },
  });
  const plans = await db.plan.findMany({
    where: { id: { in: [...new Set(groups.map((g) => g.planId))] } },
    select: { id: true, batchId: true },
  });
  const batchOfPlan = new Map(plans.map((p) => [p.id, p.batchId]));
  const counts = new Map<string, number>();
  for (const g of groups) {
    if (!g.institutionId) continue;
    const key = `${g.institutionId}:${batchOfPlan.get(g.planId) ?? ""}`;
    counts.set(key, (counts.get(key) ?? 0) + g._count._all);
  }
  for (const [key, count] of counts) {
    const [institutionId = "", batchId] = key.split(":");
    const due = batches.find((b) => b.batch.id === batchId);
    if (!due) continue;
    await db.notification.upsert({
      where: { dedupeKey: `drafts-lapsed:${institutionId}:${batchId}` },
      create: {
        institutionId,
        ...messageColumns(draftsLapsedDigest(due.batch, count)),
        dedupeKey: `drafts-lapsed:${institutionId}:${batchId}`,
      },
      update: {},
      select: { id: true },
    });
  }
  return { changed: lapsed.changed };
}
