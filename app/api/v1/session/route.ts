import { sessionActor } from "@/lib/server/auth/current-actor";
import { json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/session: who the caller is signed in as (kind and display name), or that they are
 * not. For pages prerendered for everyone (ADR 050), whose header asks from the browser. The same
 * check as every request: the JWT, then the session version in the database.
 */
export async function GET() {
  // Who is signed in, for the header: also an account on a temporary password (it may log out).
  const actor = await sessionActor();
  return json(actor ? { signedIn: true, kind: actor.kind, displayName: actor.displayName } : { signedIn: false });
}
