import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import type { Actor } from "@/lib/server/auth/session";

/** The latest 100 messages of the development provider, for administrators (ADR 056). */
export async function listDevSms(actor: Actor) {
  if (actor.kind !== "STAFF" || !actor.roles.includes("ADMIN")) throw new AppError("FORBIDDEN", "errors.forbidden");
  const messages = await db.smsMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, to: true, text: true, createdAt: true },
  });
  return { provider: readEnv().PORTAL_SMS_PROVIDER, messages };
}
