import "server-only";
import { isUuid } from "@/lib/domain/uuid";
import { AppError } from "@/lib/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** `ownershipFilter` as SQL over the "Application" row aliased `a`, for the few raw reads; null: nobody's. */
export function ownershipSql(actor: Actor): Prisma.Sql | null {
  const filter = ownershipFilter(actor);
  if (!filter) return null;
  return "candidateId" in filter
    ? Prisma.sql`a."candidateId" = ${filter.candidateId}::uuid AND a.channel = 'INDIVIDUAL'`
    : Prisma.sql`a."institutionId" = ${filter.institutionId}::uuid AND a.channel = 'INSTITUTION'`;
}

export async function requireOwnedApplicationId(tx: Tx, actor: Actor, applicationId: string): Promise<void> {
  const filter = ownershipFilter(actor);
  if (!filter || !isUuid(applicationId)) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const found = await tx.application.findFirst({ where: { id: applicationId, ...filter }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "errors.application.notFound");
}
