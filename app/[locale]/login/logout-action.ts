"use server";

import { signOut } from "@/auth";
import { db } from "@/lib/db";
// current-actor, not session.ts: the locale layout imports this action, and session.ts brings
// next-intl's navigation (its client Link and runtime, 12 KB gzip) to every page (ADR 050).
import { sessionActor } from "@/lib/server/auth/current-actor";

/** Bumps the session version so a copied JWT stops working on the server too (issue 3). */
export async function logoutAction(): Promise<void> {
  const actor = await sessionActor(); // logout works on a temporary password too
  if (actor) await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
  await signOut({ redirectTo: "/" });
}
