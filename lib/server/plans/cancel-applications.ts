import "server-only";
import type { Tx } from "@/lib/db";
import type { ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import { personalSelect } from "@/lib/server/applications/personal-data";
import { nextStatus } from "@/lib/server/applications/status";
import type { eventNote } from "@/lib/i18n/stored-message";
import { LIVE_STATUSES } from "./load-plan";

export const applicationCopySelect = {
  id: true,
  status: true,
  candidateId: true,
  channel: true,
  institutionId: true,
  conditionId: true,
  draftStep: true,
  ...personalSelect,
  pledgeAcceptedAt: true,
  submittedAt: true,
  reviewDueDate: true,
  decidedAt: true,
  returnReasons: true,
  returnedSnapshot: true,
  attachments: { select: { kind: true, fileId: true } },
} satisfies Prisma.ApplicationSelect;

export type LiveApplication = Prisma.ApplicationGetPayload<{ select: typeof applicationCopySelect }>;

/**
 * Every live application of the (locked) plan moves to CANCELLED through the state machine's
 * `cancel-plan` event, with a timeline entry. Seats are freed (the room is reused); ticket
 * numbers stay, unique for ever, so an old printout can never match a new candidate.
 */
export async function cancelLiveApplications(
  tx: Tx,
  planId: string,
  actorId: string,
  note: ReturnType<typeof eventNote>,
): Promise<LiveApplication[]> {
  await tx.$queryRaw`SELECT id FROM "Application" WHERE "planId" = ${planId}::uuid ORDER BY id FOR UPDATE`;
  const live = await tx.application.findMany({
    where: { planId, status: { in: LIVE_STATUSES } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: applicationCopySelect,
  });
  for (const app of live) {
    const to: ApplicationStatus = nextStatus(app.status, "cancel-plan");
    await tx.application.update({
      where: { id: app.id },
      data: { status: to, version: { increment: 1 }, roomId: null, seat: null },
      select: { id: true },
    });
    await tx.applicationEvent.create({
      data: { applicationId: app.id, fromStatus: app.status, toStatus: to, actorId, ...note },
      select: { id: true },
    });
  }
  return live;
}
