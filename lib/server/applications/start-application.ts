import "server-only";
import { applicantRole, assertMay } from "./window-verdict";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { toBatchDef, batchSelect } from "@/lib/server/catalog/batch-dto";
import type { IsoDate } from "@/lib/domain/types";
import { isUniqueViolation } from "@/lib/server/db-errors";
import type { Actor } from "@/lib/server/auth/session";
import { isUuid } from "@/lib/domain/uuid";

/**
 * The wizard's first save (四(二)1 "立即报名"): a draft in the chosen plan. Choosing the same
 * plan again continues the same draft; one application per person per plan is a database rule.
 */
export async function startApplication(
  actor: Actor,
  input: { batchId: string; projectSeq: number },
  today: IsoDate,
): Promise<{ applicationId: string }> {
  if (actor.kind !== "CANDIDATE" || !actor.candidateId) throw new AppError("FORBIDDEN", "errors.forbidden");
  const candidateId = actor.candidateId;
  if (!isUuid(input.batchId)) throw new AppError("NOT_FOUND", "errors.batchNotFound", { batchId: ["errors.batchNotFound"] });
  const [batch, project] = await Promise.all([
    db.batch.findFirst({ where: { id: input.batchId, published: true }, select: batchSelect }),
    db.project.findUnique({ where: { seq: input.projectSeq }, select: { id: true } }),
  ]);
  if (!batch) throw new AppError("NOT_FOUND", "errors.batchNotFound", { batchId: ["errors.batchNotFound"] });
  if (!project) throw new AppError("INVALID", "errors.unknownProject", { projectSeq: ["errors.unknownProject"] });
  // The rule table: a draft is started and filled in on the same days (registration, 三).
  await assertMay("edit", { role: applicantRole(actor), status: "DRAFT", batch: toBatchDef(batch), day: today });

  const plan = await ensurePlan(batch.id, project.id);
  if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "errors.plan.cancelled");

  try {
    const created = await db.application.create({
      data: {
        planId: plan.id,
        candidateId,
        channel: "INDIVIDUAL",
        events: { create: { toStatus: "DRAFT", actorId: actor.id, at: now() } },
      },
      select: { id: true },
    });
    return { applicationId: created.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.application.findUniqueOrThrow({
      where: { planId_candidateId: { planId: plan.id, candidateId } },
      select: { id: true, status: true, channel: true },
    });
    if (existing.channel === "INSTITUTION") throw new AppError("CONFLICT", "errors.application.byInstitution");
    if (existing.status === "DRAFT") return { applicationId: existing.id };
    throw new AppError("CONFLICT", "errors.application.duplicate");
  }
}

/**
 * The plan of a (batch, project), created by its first applicant. Prisma's upsert reads then
 * inserts, so on the morning a window opens two first applicants race: the unique index decides
 * and the loser reads the winner's row.
 */
async function ensurePlan(batchId: string, projectId: string) {
  const where = { batchId_projectId: { batchId, projectId } };
  const select = { id: true, status: true } as const;
  try {
    return await db.plan.upsert({ where, create: { batchId, projectId }, update: {}, select });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.plan.findUniqueOrThrow({ where, select });
  }
}
