import "server-only";
import { isUuid } from "@/lib/domain/uuid";
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";

/**
 * Who may touch an application as its applicant: the candidate it belongs to when they applied
 * alone, or the institution that registered it. Anyone else gets NOT_FOUND, not FORBIDDEN, so
 * an id does not reveal that an application exists.
 */
export function ownershipFilter(actor: Actor) {
  if (actor.kind === "CANDIDATE" && actor.candidateId) return { candidateId: actor.candidateId, channel: "INDIVIDUAL" as const };
  if (actor.kind === "INSTITUTION" && actor.institutionId)
    return { institutionId: actor.institutionId, channel: "INSTITUTION" as const };
  return null;
}

/** `ownershipFilter` for a row already read (batched reads fetch by id, then check here). */
export function ownsApplication(
  actor: Actor,
  application: { candidateId: string | null; institutionId: string | null; channel: string },
): boolean {
  const filter = ownershipFilter(actor);
  if (!filter) return false;
  return "candidateId" in filter
    ? application.channel === filter.channel && application.candidateId === filter.candidateId
    : application.channel === filter.channel && application.institutionId === filter.institutionId;
}

export async function requireOwnedApplicationId(tx: Tx, actor: Actor, applicationId: string): Promise<void> {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const found = await tx.application.findFirst({ where: { id: applicationId, ...filter }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "errors.application.notFound");
}
