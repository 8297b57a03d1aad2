import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/app-error";
import { PROJECT_ROOT } from "@/scripts/db/migrations-dir";
import { db } from "@/lib/db";
import { auditQuerySchema } from "@/lib/schemas/staff-audit-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { searchAudit } from "@/lib/server/audit/search-audit";
import { staffPage } from "@/lib/server/auth/page-guards";
import { ensureCatalog } from "../../support/seed";
import { ACCESS, useModules, type AccessCase } from "./table";
import { buildWorld, fingerprint, type World } from "./world";

// Issue 6, access: every server action and route handler, called without a session, as every
// wrong role and as the right role on someone else's object, is refused and changes nothing.
// The table must name every export of every "use server" file and route.ts under app/.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
const redirectTo = vi.hoisted(() => (href: unknown): never => {
  const target = typeof href === "string" ? href : ((href as { pathname?: string }).pathname ?? "?");
  throw Object.assign(new Error(`NEXT_REDIRECT ${target}`), { digest: `NEXT_REDIRECT;replace;${target};307;` });
});
vi.mock("@/auth", () => ({
  auth: () => Promise.resolve(session.current),
  signIn: () => Promise.resolve(undefined),
  signOut: () => Promise.resolve(undefined),
  handlers: {},
}));
vi.mock("next/cache", () => ({
  // The public catalog reads (ADR 088) read through, uncached.
  unstable_cache: <F>(fn: F) => fn,
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));
vi.mock("next-intl/server", async (original) => ({ ...(await original<object>()), getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({ redirect: ({ href }: { href: unknown }) => redirectTo(href) }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<object>()),
  redirect: (url: string) => redirectTo(url),
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && error.message.startsWith("NEXT_REDIRECT")) throw error;
  },
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers()),
  cookies: () => Promise.resolve({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

const SERVER_ACTION = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;
const METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** `file#export` of every server action and route handler, read from the files themselves. */
function discover(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry)) {
        const source = readFileSync(full, "utf8");
        const isRoute = entry === "route.ts" || entry === "route.tsx";
        if (!isRoute && !SERVER_ACTION.test(source)) continue;
        const names = [
          ...[...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]!),
          ...[...source.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1]!),
          ...[...source.matchAll(/export\s+const\s+\{([^}]+)\}\s*=/g)].flatMap((m) =>
            m[1]!.split(",").map((n) => n.trim().split(":").pop()!.trim()),
          ),
        ];
        const relative = path.relative(PROJECT_ROOT, full).split(path.sep).join("/");
        for (const name of names) if (!isRoute || METHODS.test(name)) found.push(`${relative}#${name}`);
      }
    }
  };
  walk(path.join(PROJECT_ROOT, "app"));
  return found.sort();
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const REFUSAL_KEY = /^(errors\.(signInFirst|forbidden)|.*[nN]otFound.*|institution\.errors\.inactive)$/;

/** "refused", or what happened instead. */
function verdict(outcome: Outcome, entry: Extract<AccessCase, { call: unknown }>): string {
  if (!outcome.ok) {
    const error = outcome.error;
    if (error instanceof Error && /^NEXT_REDIRECT (\/login|\/staff\/security)/.test(error.message)) return "refused";
    if (error instanceof AppError && ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"].includes(error.code)) return "refused";
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
  const value = outcome.value;
  if (value instanceof Response) return [401, 403, 404].includes(value.status) ? "refused" : `answered HTTP ${value.status}`;
  const result = value as
    { ok?: boolean; formError?: { key: string } | null; fieldErrors?: unknown; shown?: unknown } | undefined;
  // ADR 148: a refusal may carry the page's part around the form, rebuilt from the ids posted; never someone else's.
  if (result?.ok === false && result.shown != null) return `revealed ${JSON.stringify(result.shown).slice(0, 300)}`;
  const refusal = result?.ok === false ? result.formError?.key : undefined;
  if (refusal && (REFUSAL_KEY.test(refusal) || entry.refusedAs?.test(refusal))) return "refused";
  if (entry.harmless?.(value)) return "refused";
  return `returned ${JSON.stringify(value)?.slice(0, 300)}`;
}

let world: World;

beforeAll(async () => {
  // The demo day (三): batch 5 registration and batch 4 payment are open, so window checks pass
  // and what refuses a call is who is asking.
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
  await ensureCatalog();
  const files = [...new Set(Object.entries(ACCESS).flatMap(([key, entry]) => ("call" in entry ? [key.split("#")[0]!] : [])))];
  const modules: Parameters<typeof useModules>[0] = {};
  for (const file of files)
    modules[file] = (await import(/* @vite-ignore */ path.join(PROJECT_ROOT, file))) as Record<string, unknown>;
  useModules(modules);
  world = await buildWorld();
});

describe("issue 6: access to every action and route", () => {
  it("the table names every server action and route handler of app/ (a new one without a case fails here)", () => {
    expect(Object.keys(ACCESS).sort()).toEqual(discover());
  });

  const guarded = Object.entries(ACCESS).filter((e): e is [string, Extract<AccessCase, { call: unknown }>] => "call" in e[1]);
  it.each(guarded)("%s: refused for everyone else, nothing changed", async (key, entry) => {
    const before = await fingerprint();
    const failures: string[] = [];
    for (const persona of world.personas) {
      if ((entry.allow as readonly string[]).includes(persona.name)) continue;
      session.current = persona.session;
      const outcome: Outcome = await entry.call(world).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const seen = verdict(outcome, entry);
      if (seen !== "refused") failures.push(`${persona.name}: ${seen}`);
    }
    session.current = null;
    expect(failures, key).toEqual([]);
    expect(await fingerprint(), `${key} changed the database`).toEqual(before);
  });
});

describe("issue 11: the AUDITOR persona (ADR 060)", () => {
  it("reads the audit log; nobody else does, administrators included", async () => {
    const entityId = randomUUID();
    await recordAudit(db, { actorId: null, action: "test.auditor-reads", entity: "Test", entityId });
    const query = auditQuerySchema.parse({ entityId });
    const readers: string[] = [];
    for (const persona of world.personas) {
      session.current = persona.session;
      const outcome = await staffPage("AUDITOR", "/staff/audit").then(
        async (actor) => (actor ? (await searchAudit(actor, query)).rows.map((r) => r.action) : null),
        () => null,
      );
      if (outcome !== null) {
        expect(outcome, persona.name).toEqual(["test.auditor-reads"]);
        readers.push(persona.name);
      }
    }
    session.current = null;
    expect(readers).toEqual(["AUDITOR"]);
  });

  it("cannot change users, review applications or confirm payments (the table above calls each as the auditor)", () => {
    const changes = [
      "createStaffUserAction",
      "createInstitutionUserAction",
      "setRolesAction",
      "setUserDisabledAction",
      "resetSecondFactorAction",
      "approveAction",
      "returnAction",
      "rejectAction",
      "bulkApproveAction",
      "confirmPaymentAction",
      "returnPaymentAction",
      "decideCorrectionAction",
      "decideAppealAction",
    ];
    const entries = Object.entries(ACCESS).filter(([key]) => changes.includes(key.split("#")[1]!));
    expect(entries.map(([key]) => key.split("#")[1]).sort()).toEqual([...changes].sort());
    expect(world.personas.map((p) => p.name)).toContain("AUDITOR");
    for (const [key, entry] of entries) {
      expect("allow" in entry && (entry.allow as readonly string[]).includes("AUDITOR"), key).toBe(false);
    }
  });
});
