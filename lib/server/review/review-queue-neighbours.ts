import "server-only";
import { db } from "@/lib/db";
import type { ReviewQueueQuery } from "@/lib/schemas/staff-review-schema";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { keysetAfter, keysetBefore, type QueueNeighbours } from "@/lib/server/queue/keyset";
import { REVIEW_QUEUE_ORDER, reviewQueueWhere } from "./list-review-queue";

/**
 * The applications before and after this one in the reviewer's filtered queue, in the queue's
 * order. Found from the application's own sort keys, not its position, so after a decision has
 * taken it out of the queue "next" is still the one that followed it.
 */
export async function reviewQueueNeighbours(
  actor: Actor,
  query: ReviewQueueQuery,
  applicationId: string,
): Promise<QueueNeighbours> {
  assertStaffRole(actor, "REVIEWER");
  if (!isUuid(applicationId)) return { previous: null, next: null };
  const current = await db.application.findUnique({
    where: { id: applicationId },
    select: { id: true, reviewDueDate: true, submittedAt: true },
  });
  if (!current) return { previous: null, next: null };
  const keys = [
    { field: "reviewDueDate", value: current.reviewDueDate, nullable: true },
    { field: "submittedAt", value: current.submittedAt, nullable: true },
    { field: "id", value: current.id },
  ];
  const where = reviewQueueWhere(query);
  const [next, previous] = await Promise.all([
    db.application.findFirst({
      where: { AND: [where, keysetAfter(keys)] },
      orderBy: REVIEW_QUEUE_ORDER,
      select: { id: true },
    }),
    db.application.findFirst({
      where: { AND: [where, keysetBefore(keys)] },
      // REVIEW_QUEUE_ORDER reversed: DESC puts NULLs first in PostgreSQL.
      orderBy: [{ reviewDueDate: { sort: "desc", nulls: "first" } }, { submittedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
  ]);
  return { previous: previous?.id ?? null, next: next?.id ?? null };
}
