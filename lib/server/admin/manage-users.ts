import "server-only";
import { AppError } from "@/lib/app-error";
import { hashPassword } from "@/lib/auth/password";
import { normalizeLogin } from "@/lib/auth/normalize-login";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { roleChangeProblem } from "@/lib/domain/staff-roles";
import { isUuid } from "@/lib/domain/uuid";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";

export interface StaffUserDto {
  id: string;
  login: string;
  displayName: string;
  roles: StaffRole[];
  disabled: boolean;
  secondFactor: boolean;
}

export async function listStaffUsers(actor: Actor): Promise<StaffUserDto[]> {
  assertStaffRole(actor, "ADMIN");
  const [users, factors] = await Promise.all([
    db.user.findMany({
      where: { kind: "STAFF" },
      orderBy: { login: "asc" },
      select: { id: true, login: true, displayName: true, roles: true, disabledAt: true },
    }),
    db.staffSecondFactor.findMany({ where: { enabledAt: { not: null } }, select: { userId: true } }),
  ]);
  const enrolled = new Set(factors.map((f) => f.userId));
  return users.map((u) => ({
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    roles: u.roles,
    disabled: u.disabledAt !== null,
    secondFactor: enrolled.has(u.id),
  }));
}

interface NewUser {
  login: string;
  displayName: string;
  password: string;
}

/**
 * A staff account (roles) or an institution's account, with a temporary password the
 * administrator hands over in person; staff enroll their second factor at first login.
 */
export async function createUser(
  actor: Actor,
  input: NewUser &
    (
      | { kind: "STAFF"; roles: StaffRole[] }
      // Only an institution's account takes an address: staff have no inbox, so nothing would be mailed.
      | { kind: "INSTITUTION"; institutionId: string; email?: string | null }
    ),
): Promise<{ id: string }> {
  assertStaffRole(actor, "ADMIN");
  if (input.kind === "STAFF") assertRolesAllowed(input.roles, false);
  if (
    input.kind === "INSTITUTION" &&
    (!isUuid(input.institutionId) ||
      !(await db.institution.findUnique({ where: { id: input.institutionId }, select: { id: true } })))
  ) {
    throw new AppError("NOT_FOUND", "staffAdmin.institutions.notFound");
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          kind: input.kind,
          login: normalizeLogin(input.login),
          displayName: input.displayName,
          passwordHash,
          roles: input.kind === "STAFF" ? input.roles : [],
          institutionId: input.kind === "INSTITUTION" ? input.institutionId : null,
          email: input.kind === "INSTITUTION" ? (input.email ?? null) : null,
          // The administrator knows this password: its owner replaces it at first login.
          mustChangePassword: true,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "admin.user.create",
        entity: "User",
        entityId: user.id,
        after: {
          login: input.login,
          kind: input.kind,
          // Whether an address was given, not the address: the audit table is append-only, so
          // personal data written there could never be corrected or erased; the address is on User.
          ...(input.kind === "STAFF"
            ? { roles: input.roles }
            : { institutionId: input.institutionId, withEmail: Boolean(input.email) }),
        },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "staffAdmin.users.loginTaken", { login: ["staffAdmin.users.loginTaken"] });
    throw error;
  }
}

async function loadManagedUser(id: string, kind?: "STAFF") {
  const user = isUuid(id)
    ? await db.user.findUnique({ where: { id }, select: { id: true, kind: true, login: true, roles: true, disabledAt: true } })
    : null;
  if (!user || user.kind === "CANDIDATE" || (kind && user.kind !== kind))
    throw new AppError("NOT_FOUND", "staffAdmin.users.notFound");
  return user;
}

const ROLE_PROBLEM_KEYS = {
  "own-roles": "privacy.errors.ownRoles",
  "admin-and-auditor": "privacy.errors.adminAndAuditor",
} as const;

/** Issue 11 separation of duties (ADR 060): no one changes their own roles; ADMIN and AUDITOR never together. */
function assertRolesAllowed(roles: readonly StaffRole[], self: boolean): void {
  const problem = roleChangeProblem(roles, self);
  if (problem) throw new AppError("CONFLICT", ROLE_PROBLEM_KEYS[problem], { roles: [ROLE_PROBLEM_KEYS[problem]] });
}

/** New roles take effect on the next request (session.ts reloads roles each time). */
export async function setStaffRoles(actor: Actor, userId: string, roles: StaffRole[]): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const user = await loadManagedUser(userId, "STAFF");
  // An administrator neither grants itself roles nor removes its own ADMIN (someone must be left
  // to manage the portal): another administrator changes an administrator's roles.
  assertRolesAllowed(roles, user.id === actor.id);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { roles } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.user.roles",
      entity: "User",
      entityId: userId,
      before: { roles: user.roles },
      after: { roles },
    });
  });
}

/** Switching an account off ends its sessions at once (session version) and refuses its logins. */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean, at: Date): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const user = await loadManagedUser(userId);
  if (user.id === actor.id) throw new AppError("CONFLICT", "staffAdmin.users.notSelf");
  if ((user.disabledAt !== null) === disabled) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? at : null, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: disabled ? "admin.user.disable" : "admin.user.enable",
      entity: "User",
      entityId: userId,
      after: { login: user.login },
    });
  });
}

/** A lost phone: the second factor is removed and the user enrolls again at the next login. */
export async function resetSecondFactor(actor: Actor, userId: string): Promise<void> {
  assertStaffRole(actor, "ADMIN");
  const user = await loadManagedUser(userId, "STAFF");
  await db.$transaction(async (tx) => {
    await tx.staffSecondFactor.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "admin.user.reset-second-factor",
      entity: "User",
      entityId: userId,
      after: { login: user.login },
    });
  });
}
