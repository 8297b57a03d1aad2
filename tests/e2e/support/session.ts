import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { loginHash } from "@/lib/db-crypto/raw";
import { hintFor, SIGNED_IN_HINT_COOKIE } from "@/lib/signed-in-hint";
import { DEMO_CANDIDATE_ID_NUMBER } from "@/prisma/seed/demo";
import { DEMO_INSTITUTION_LOGIN, DEMO_TOTP_SECRET } from "@/prisma/seed/demo-staff";
import { sql } from "./database";

/**
 * A signed-in browser without the login form (ADR 129): the session cookie minted exactly as the
 * portal's login mints it, so a spec about paying or reviewing does not spend its time, or a
 * staff member's one-time code, on the login page. The login form itself is tested once per role
 * in tests/e2e/login.spec.ts.
 */

/** The e2e server's AUTH_SECRET (tests/e2e/support/server.ts passes it to the portal). */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret";

/** next-auth's session cookie on http (lib/server/auth/session-token.ts); its name is also the JWT's salt. */
const SESSION_COOKIE = "authjs.session-token";

/** auth.ts `session.maxAge`. */
const SESSION_SECONDS = 8 * 60 * 60;

/** Staff sessions end after this long idle (lib/server/auth/totp-login.ts STAFF_IDLE_MS). */
const STAFF_IDLE_MINUTES = 30;

/** The demo accounts of prisma/seed/demo.ts, by the role a spec acts in. */
export const DEMO_LOGINS = {
  candidate: DEMO_CANDIDATE_ID_NUMBER,
  institution: DEMO_INSTITUTION_LOGIN,
  reviewer: "reviewer",
  finance: "finance",
  officer: "officer", // 考务 + 管理员 (EXAM_OFFICER, ADMIN)
  auditor: "auditor",
} as const;

export type DemoRole = keyof typeof DEMO_LOGINS;

/** Whom to sign in: a demo role, or an account the spec made itself (by its login or its user id). */
export type Who = DemoRole | { login: string } | { userId: string };

interface SessionUser {
  id: string;
  kind: "CANDIDATE" | "INSTITUTION" | "STAFF";
  displayName: string;
  sessionVersion: number;
}

/**
 * What auth.ts does after a right password and second factor (lib/server/auth/totp-login.ts
 * `gateLogin`), minus checking them: refuses a disabled account; for staff and institution users
 * makes sure the second factor is enrolled (the demo secret, only where none is), marks them active
 * now (wall time, as the idle check reads it) and, if they were idle, starts a new session version.
 * A candidate's row is only read.
 */
async function startSession(who: Who): Promise<SessionUser> {
  const where =
    typeof who === "object" && "userId" in who
      ? { clause: `id = $1::uuid`, value: who.userId }
      : { clause: `"loginHash" = $1`, value: loginHash(typeof who === "string" ? DEMO_LOGINS[who] : who.login) };
  const [user] = await sql<SessionUser & { disabled: boolean }>(
    `SELECT id, kind::text AS kind, "displayName", "sessionVersion", "disabledAt" IS NOT NULL AS disabled FROM "User" WHERE ${where.clause}`,
    [where.value],
  );
  if (!user) throw new Error(`signIn: no account for ${JSON.stringify(who)}`);
  if (user.disabled) throw new Error(`signIn: the account ${JSON.stringify(who)} is disabled; the portal would refuse it`);
  if (user.kind === "CANDIDATE") return user;
  await sql(
    `INSERT INTO "StaffSecondFactor" ("userId", "totpSecret", "recoveryCodes", "enabledAt") VALUES ($1::uuid, $2, '{}', now())
     ON CONFLICT ("userId") DO UPDATE SET "enabledAt" = now() WHERE "StaffSecondFactor"."enabledAt" IS NULL`,
    [user.id, DEMO_TOTP_SECRET],
  );
  const [active] = await sql<{ sessionVersion: number }>(
    `UPDATE "User" SET "lastSeenAt" = now(),
       "sessionVersion" = "sessionVersion" +
         CASE WHEN "lastSeenAt" IS NULL OR "lastSeenAt" < now() - interval '${STAFF_IDLE_MINUTES} minutes' THEN 1 ELSE 0 END
     WHERE id = $1::uuid RETURNING "sessionVersion"`,
    [user.id],
  );
  return { ...user, sessionVersion: active!.sessionVersion };
}

/**
 * Signs `context` in as `who`: the session cookie (an encrypted next-auth JWT with the claims of
 * auth.ts's jwt callback: uid, kind, sv) and the header's `portal-signed-in` hint (ADR 089), both
 * as the login response sets them. `url` is the origin the browser will use (the spec's baseURL,
 * or `http://localhost:PORT` where WebAuthn needs a host name).
 */
export async function signInContext(context: BrowserContext, who: Who, url: string): Promise<void> {
  const user = await startSession(who);
  const value = await encode({
    token: { name: user.displayName, sub: user.id, uid: user.id, kind: user.kind, sv: user.sessionVersion },
    secret: E2E_AUTH_SECRET,
    salt: SESSION_COOKIE,
    maxAge: SESSION_SECONDS,
  });
  const expires = Math.floor(Date.now() / 1000) + SESSION_SECONDS;
  await context.addCookies([
    { name: SESSION_COOKIE, value, url, httpOnly: true, sameSite: "Lax", expires },
    { name: SIGNED_IN_HINT_COOKIE, value: hintFor(user.kind)!, url, httpOnly: false, sameSite: "Lax", expires },
  ]);
}
