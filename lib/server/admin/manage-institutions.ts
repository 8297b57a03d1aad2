import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { InstitutionForm } from "@/lib/schemas/staff-admin-schema";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { expireCatalog } from "@/lib/server/catalog/expire-catalog";

export interface AdminInstitutionDto {
  id: string;
  seq: number;
  name: string;
  address: string;
  contacts: { name: string; phone: string }[];
  active: boolean;
  projects: number[];
  users: { id: string; login: string; displayName: string; disabled: boolean }[];
}

const select = {
  id: true,
  seq: true,
  name: true,
  address: true,
  contacts: true,
  active: true,
  projects: { select: { project: { select: { seq: true } } } },
  users: { select: { id: true, login: true, displayName: true, disabledAt: true }, orderBy: { login: "asc" as const } },
} as const;

type Row = {
  id: string;
  seq: number;
  name: string;
  address: string;
  contacts: unknown;
  active: boolean;
  projects: { project: { seq: number } }[];
  users: { id: string; login: string; displayName: string; disabledAt: Date | null }[];
};

function toDto(r: Row): AdminInstitutionDto {
  return {
    ...r,
    contacts: (r.contacts as AdminInstitutionDto["contacts"]) ?? [],
    projects: r.projects.map((p) => p.project.seq).sort((a, b) => a - b),
    users: r.users.map((u) => ({ id: u.id, login: u.login, displayName: u.displayName, disabled: u.disabledAt !== null })),
  };
}

/** 附件2 and later partners: every institution, inactive ones included. */
export async function listAdminInstitutions(actor: Actor): Promise<AdminInstitutionDto[]> {
  assertStaffRole(actor, "ADMIN");
  return (await db.institution.findMany({ orderBy: { seq: "asc" }, select })).map(toDto);
}

export async function getAdminInstitution(actor: Actor, id: string): Promise<AdminInstitutionDto> {
  assertStaffRole(actor, "ADMIN");
  const row = isUuid(id) ? await db.institution.findUnique({ where: { id }, select }) : null;
  if (!row) throw new AppError("NOT_FOUND", "staffAdmin.institutions.notFound");
  return toDto(row);
}

/**
 * Adds or edits an institution and the projects it may register candidates for (附件2: an
 * institution registers only for its authorized projects).
 */
export async function saveInstitution(actor: Actor, input: InstitutionForm, id: string | null): Promise<{ id: string }> {
  assertStaffRole(actor, "ADMIN");
  const projects = await db.project.findMany({ where: { seq: { in: input.projects } }, select: { id: true, seq: true } });
  if (projects.length !== new Set(input.projects).size)
    throw new AppError("INVALID", "errors.unknownProject", { projects: ["errors.unknownProject"] });
  const data = { name: input.name, address: input.address, contacts: input.contacts };
  let saved: { id: string };
  try {
    saved = await db.$transaction(async (tx) => {
      let institutionId: string;
      let before: Record<string, unknown> | null = null;
      if (id === null) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('institution-seq'))`;
        const last = await tx.institution.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
        institutionId = (await tx.institution.create({ data: { ...data, seq: (last?.seq ?? 0) + 1 }, select: { id: true } })).id;
      } else {
        const existing = isUuid(id) ? await tx.institution.findUnique({ where: { id }, select }) : null;
        if (!existing) throw new AppError("NOT_FOUND", "staffAdmin.institutions.notFound");
        before = {
          ...data,
          name: existing.name,
          address: existing.address,
          projects: existing.projects.map((p) => p.project.seq),
        };
        institutionId = id;
        await tx.institution.update({ where: { id }, data });
        await tx.institutionProject.deleteMany({ where: { institutionId: id } });
      }
      await tx.institutionProject.createMany({ data: projects.map((p) => ({ institutionId, projectId: p.id })) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: id ? "admin.institution.update" : "admin.institution.create",
        entity: "Institution",
        entityId: institutionId,
        before,
        after: { ...data, projects: input.projects },
      });
      return { id: institutionId };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "staffAdmin.institutions.nameTaken", { name: ["staffAdmin.institutions.nameTaken"] });
    throw error;
  }
  expireCatalog(CATALOG_TAGS.institutions);
  return saved;
}

/** Deactivating keeps history (applications, payments) and ends the institution's sessions. */
export async function setInstitutionActive(actor: Actor, id: string, active: boolean): Promise<void> {
  const institution = await getAdminInstitution(actor, id);
  if (institution.active === active) return;
  await db.$transaction(async (tx) => {
    await tx.institution.update({ where: { id }, data: { active } });
    if (!active) await tx.user.updateMany({ where: { institutionId: id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "admin.institution.activate" : "admin.institution.deactivate",
      entity: "Institution",
      entityId: id,
      after: { name: institution.name },
    });
  });
  expireCatalog(CATALOG_TAGS.institutions);
}
