import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";

export interface InstitutionScope {
  institutionId: string;
  institutionName: string;
  /** 附件2: the projects this institution may register candidates for, in 附件1 order. */
  projects: { id: string; seq: number; name: string; feeFen: number }[];
  projectIds: ReadonlySet<string>;
  projectSeqs: ReadonlySet<number>;
}

/**
 * Issue 4 "accounts and scope": every institution use case starts here. Only an institution
 * user acts, only for its own institution (from the session, never from the request), only
 * while the institution is active, and only for its authorized projects (InstitutionProject).
 */
export async function loadInstitutionScope(actor: Actor): Promise<InstitutionScope> {
  if (actor.kind !== "INSTITUTION" || !actor.institutionId) throw new AppError("FORBIDDEN", "errors.forbidden");
  const institution = await db.institution.findUnique({
    where: { id: actor.institutionId },
    select: {
      id: true,
      name: true,
      active: true,
      projects: {
        select: { project: { select: { id: true, seq: true, name: true, feeFen: true } } },
        orderBy: { project: { seq: "asc" } },
      },
    },
  });
  if (!institution?.active) throw new AppError("FORBIDDEN", "institution.errors.inactive");
  const projects = institution.projects.map((p) => p.project);
  return {
    institutionId: institution.id,
    institutionName: institution.name,
    projects,
    projectIds: new Set(projects.map((p) => p.id)),
    projectSeqs: new Set(projects.map((p) => p.seq)),
  };
}

/** A published batch (三) by id; an unknown or malformed id is NOT_FOUND. */
export async function loadBatch(batchId: string) {
  if (!isUuid(batchId)) throw new AppError("NOT_FOUND", "institution.errors.batchNotFound");
  const row = await db.batch.findFirst({ where: { id: batchId, published: true }, select: batchSelect });
  if (!row) throw new AppError("NOT_FOUND", "institution.errors.batchNotFound");
  return toBatchDef(row);
}

/**
 * A plan of one of the institution's projects; anything else (another project, a malformed id)
 * is NOT_FOUND, so an institution cannot probe plans it has no business with.
 */
export async function loadScopedPlan(scope: InstitutionScope, planId: string) {
  if (!isUuid(planId)) throw new AppError("NOT_FOUND", "institution.errors.planNotFound");
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      status: true,
      noticePublishedAt: true,
      projectId: true,
      project: { select: { seq: true, name: true, feeFen: true } },
      batch: { select: batchSelect },
    },
  });
  if (!plan || !scope.projectIds.has(plan.projectId)) throw new AppError("NOT_FOUND", "institution.errors.planNotFound");
  return { ...plan, batch: toBatchDef(plan.batch) };
}

/** The where-clause of "this institution's candidates": its channel and id, its projects only. */
export function scopedApplications(scope: InstitutionScope) {
  return {
    channel: "INSTITUTION" as const,
    institutionId: scope.institutionId,
    plan: { projectId: { in: [...scope.projectIds] } },
  };
}
