import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { db } from "@/lib/db";
import type { StaffRole, UserKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import { loadUser } from "./load-user";
import { STAFF_IDLE_MS } from "./totp-login";

// Apart from session.ts's require* helpers, whose redirect comes from @/i18n/navigation: the site
// header needs only this, and importing next-intl's navigation on the server puts its client
// Link on every public page (ADR 050).

export interface Actor {
  id: string;
  kind: UserKind;
  displayName: string;
  roles: StaffRole[];
  institutionId: string | null;
  candidateId: string | null;
  /** An administrator's temporary password is still in use (ADR 051); absent means no. */
  mustChangePassword?: boolean;
}

/**
 * The signed-in user, reloaded from the database on every request: a JWT whose session version
 * is older than the user's (after logout or a password change) counts as no session at all.
 * One indexed read (User by primary key, its Candidate by the unique userId) instead of Prisma's
 * two, and once per request: React `cache` shares it between the layout's header, the page and
 * the action of one request (outside a render it simply runs every time). ADR 049. Requests
 * that arrive together share one statement (ADR 053).
 */
export const sessionActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !isUuid(id)) return null;
  const user = await loadUser(id);
  if (!user || user.sessionVersion !== session.sv || user.disabledAt) return null;
  if (user.kind === "STAFF" && !(await staffStillActive(user.id, user.sessionVersion, user.lastSeenAt))) return null;
  return {
    id: user.id,
    kind: user.kind,
    displayName: user.displayName,
    roles: user.roles,
    institutionId: user.institutionId,
    candidateId: user.candidateId,
    mustChangePassword: user.mustChangePassword,
  };
});

/**
 * The signed-in user for every page, action and route handler. An account still on an
 * administrator's temporary password (ADR 051) gets nowhere but the password change: this
 * redirects there (issue 10), so no page or route can forget the check. Only the password page
 * and its action, logout, the header and /api/v1/session use sessionActor() instead.
 */
export async function currentActor(): Promise<Actor | null> {
  const actor = await sessionActor();
  if (actor?.mustChangePassword) redirect(PASSWORD_PAGE);
  return actor;
}

/** Chinese by default (as-needed prefix); the page's language switch leads to /en/me/password. */
const PASSWORD_PAGE = "/me/password";

/** Activity is written at most once a minute: one small write per staff user per minute. */
const ACTIVITY_WRITE_MS = 60 * 1000;

async function staffStillActive(userId: string, sessionVersion: number, lastSeenAt: Date | null): Promise<boolean> {
  // Wall time, not lib/clock: idleness is about the person at the desk, and a pinned demo clock
  // would otherwise never let a session expire (or expire all of them at once).
  // eslint-disable-next-line no-restricted-syntax -- wall time on purpose (see above)
  const at = new Date();
  if (lastSeenAt && at.getTime() - lastSeenAt.getTime() > STAFF_IDLE_MS) {
    // Bumping the version ends every session of this user, so an idle JWT cannot come back.
    await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    return false;
  }
  if (!lastSeenAt || at.getTime() - lastSeenAt.getTime() >= ACTIVITY_WRITE_MS) {
    await db.user.updateMany({ where: { id: userId }, data: { lastSeenAt: at } });
  }
  return true;
}
