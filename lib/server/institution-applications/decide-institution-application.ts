import "server-only";
import { randomInt } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { InstitutionApplicationStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { expireCatalog } from "@/lib/server/catalog/expire-catalog";

/**
 * 管理员's decision on an application to become a 报名机构 (issue 13 item 8): approve (the
 * Institution, its projects and its first account with a temporary password), return with
 * reasons, or reject with reasons; audited. An approval expires the public institution list
 * (ADR 088: the use case does it, so the portal server's kept answers go too, ADR 150).
 */
export type InstitutionApplicationDecision =
  { decision: "approve"; reason?: string } | { decision: "return" | "reject"; reason: string };

export interface DecisionResultDto {
  status: InstitutionApplicationStatus;
  /** On approval: the new institution and its first account, whose temporary password is shown once. */
  institutionId?: string;
  login?: string;
  temporaryPassword?: string;
}

/** 12 characters, letters and digits both, none that read alike (0/O, 1/l): read out over the phone. */
function temporaryPassword(): string {
  const letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const digits = "23456789";
  const all = letters + digits;
  const chars = [letters[randomInt(letters.length)], digits[randomInt(digits.length)]];
  while (chars.length < 12) chars.push(all[randomInt(all.length)]);
  return chars.join("");
}

export async function decideInstitutionApplication(
  actor: Actor,
  id: string,
  decision: InstitutionApplicationDecision,
  at: Date,
): Promise<DecisionResultDto> {
  assertStaffRole(actor, "ADMIN");
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "institutionApply.errors.notFound");
  const reason = decision.reason?.trim() ?? "";
  if (decision.decision !== "approve" && reason.length < 4)
    throw new AppError("INVALID", "institutionApply.errors.reason", { reason: ["institutionApply.errors.reason"] });
  const password = decision.decision === "approve" ? temporaryPassword() : null;
  const passwordHash = password ? await hashPassword(password) : null;
  const result = await db.$transaction(async (tx): Promise<DecisionResultDto> => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "InstitutionApplication" WHERE id = ${id}::uuid AND status = 'SUBMITTED' FOR UPDATE`;
    if (!row) throw new AppError("CONFLICT", "institutionApply.errors.notOpen");
    const app = await tx.institutionApplication.findUniqueOrThrow({ where: { id } });
    if (decision.decision !== "approve") {
      const status = decision.decision === "return" ? "RETURNED" : "REJECTED";
      await tx.institutionApplication.update({
        where: { id },
        data: { status, decisionReason: reason, decidedById: actor.id, decidedAt: at },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: `institution-application.${decision.decision}`,
        entity: "InstitutionApplication",
        entityId: id,
        before: { status: app.status },
        after: { status, reason },
      });
      return { status };
    }
    if (await tx.institution.findUnique({ where: { name: app.organization }, select: { id: true } }))
      throw new AppError("CONFLICT", "institutionApply.errors.alreadyInstitution");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('institution-seq'))`;
    const last = await tx.institution.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    const institution = await tx.institution.create({
      data: {
        seq: (last?.seq ?? 0) + 1,
        name: app.organization,
        address: app.address,
        contacts: [{ name: app.contactName, phone: app.contactMobile }],
      },
      select: { id: true },
    });
    const projects = await tx.project.findMany({ where: { seq: { in: app.projectSeqs } }, select: { id: true } });
    await tx.institutionProject.createMany({ data: projects.map((p) => ({ institutionId: institution.id, projectId: p.id })) });
    const login = `jg-${app.reference.toLowerCase()}`;
    const user = await tx.user.create({
      data: {
        kind: "INSTITUTION",
        login,
        displayName: app.organization,
        passwordHash: passwordHash!,
        institutionId: institution.id,
        email: app.contactEmail,
        // Handed over by the administrator: replaced at first login, then the second factor (ADR 051).
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await tx.institutionApplication.update({
      where: { id },
      data: {
        status: "APPROVED",
        decisionReason: reason || null,
        decidedById: actor.id,
        decidedAt: at,
        institutionId: institution.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "institution-application.approve",
      entity: "InstitutionApplication",
      entityId: id,
      before: { status: app.status },
      after: { status: "APPROVED", institutionId: institution.id, userId: user.id, login, projects: app.projectSeqs },
    });
    return { status: "APPROVED", institutionId: institution.id, login, temporaryPassword: password! };
  });
  if (result.status === "APPROVED") expireCatalog(CATALOG_TAGS.institutions);
  return result;
}
