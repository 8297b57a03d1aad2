import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { NOT_FOR_CANDIDATE_CLIENTS, NOT_FOR_INBOX_CLIENTS, NOT_FOR_WIZARD_CLIENTS } from "./client-messages";

/**
 * The wizard's steps send their client components the candidate's messages less
 * NOT_FOR_WIZARD_CLIENTS (ADR 152). A namespace may be left out only if nothing that runs on the
 * client under the wizard, nor any action or use case those components call, names a key of it:
 * the modules reachable by static imports from every client component of the wizard (its
 * actions and their use cases included) are searched for the namespaces' keys.
 */
const ROOT = path.resolve(__dirname, "../..");

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** The code without its comments (a comment may mention `payment.confirm` as an audit action). */
const source = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/**
 * Not followed: next-auth's configuration, which the session read imports (`auth()`) but whose
 * sign-in providers (password, SMS code, passkey) run on the login page only.
 */
const NOT_FOLLOWED = new Set([path.join(ROOT, "auth.ts")]);

function reachable(entries: string[]): Set<string> {
  const reached = new Set(entries);
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    for (const match of source(file).matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const target = resolve(file, match[1]!);
      if (target && !target.includes("/generated/") && !NOT_FOLLOWED.has(target) && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

/** Every module of an area's page graph that runs on the client ("use client"), and what they reach. */
function clientSide(dir: string): Set<string> {
  const page = reachable(files(dir).filter((f) => !f.includes(".test.")));
  const clients = [...page].filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  return reachable(clients);
}

/** The namespaces of `except` that a module of `sources` names: a key of it, or it given to a translator. */
function namedIn(sources: Iterable<string>, except: readonly string[]): string[] {
  const named: string[] = [];
  for (const file of sources) {
    const text = source(file);
    for (const name of except) {
      const escaped = name.replace(".", "\\.");
      // A key of it ("payment.x"), or the namespace given to a translator ("payment" alone is also a window's name).
      const key = new RegExp(`["'\`]${escaped}\\.`);
      const translator = new RegExp(`(?:Translations\\(|namespace:\\s*)["'\`]${escaped}["'\`.]`);
      if (key.test(text) || translator.test(text)) named.push(`${name} in ${path.relative(ROOT, file)}`);
    }
  }
  return named;
}

/**
 * What ADR 146 left out of every candidate area: other people's areas and the public pages, and
 * what the server puts into words. The walk below reaches the use cases' modules, which name some
 * of them for other people (a staff TOTP key in the session's module, timeline notes stored by a
 * submit) without the candidate's client ever showing one, so these are not checked by it.
 */
const BY_ADR_146 = NOT_FOR_CANDIDATE_CLIENTS.filter((n) => !n.startsWith("ruleFailures."));

/** The lists the layouts name, by their exported names. */
const LISTS: Record<string, readonly string[]> = { NOT_FOR_CANDIDATE_CLIENTS, NOT_FOR_WIZARD_CLIENTS, NOT_FOR_INBOX_CLIENTS };

/** Every candidate area whose layout sends its client components the catalogue less a list (ADR 146, 152, 157). */
const AREAS = [
  "me/applications/[id]/edit",
  "me/inbox",
  "me/apply",
  "me/data",
  "me/mobile",
  "me/password",
  "me/applications/[id]/pay",
].map((area) => {
  const dir = path.join(ROOT, "app/[locale]", area);
  const list = /except=\{(\w+)\}/.exec(readFileSync(path.join(dir, "layout.tsx"), "utf8"))?.[1];
  return { area, dir, list: list ?? "(none)", except: (list && LISTS[list]) || [] };
});

describe("the candidate areas' client messages (ADR 146, 152, 157)", () => {
  it("finds each area's list and the wizard's client components and their actions", () => {
    expect(AREAS.map((a) => [a.area, a.list])).toEqual([
      ["me/applications/[id]/edit", "NOT_FOR_WIZARD_CLIENTS"],
      ["me/inbox", "NOT_FOR_INBOX_CLIENTS"],
      ["me/apply", "NOT_FOR_CANDIDATE_CLIENTS"],
      ["me/data", "NOT_FOR_CANDIDATE_CLIENTS"],
      ["me/mobile", "NOT_FOR_CANDIDATE_CLIENTS"],
      ["me/password", "NOT_FOR_CANDIDATE_CLIENTS"],
      ["me/applications/[id]/pay", "NOT_FOR_CANDIDATE_CLIENTS"],
    ]);
    // Every layout under /me that sends a catalogue less a list is in the table above.
    const me = path.join(ROOT, "app/[locale]");
    const withList = files(path.join(me, "me"))
      .filter((f) => f.endsWith("layout.tsx") && /except=\{/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(me, path.dirname(f)));
    expect(withList.sort()).toEqual(AREAS.map((a) => a.area).sort());
    const names = [...clientSide(AREAS[0]!.dir)].map((f) => path.relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining(["components/wizard/upload/phone-upload-field.tsx", "app/[locale]/me/applications/[id]/actions.ts"]),
    );
    expect(names).toEqual(
      expect.arrayContaining(["lib/server/applications/update-application.ts", "lib/server/applications/attach-file.ts"]),
    );
  });

  it("leaves out only namespaces that exist", () => {
    const catalogue = MESSAGES["zh-CN"] as Record<string, Record<string, unknown>>;
    for (const name of new Set(Object.values(LISTS).flat())) {
      const [head, sub] = name.split(".");
      expect(sub ? catalogue[head!]?.[sub] : catalogue[head!], name).toBeDefined();
    }
  });

  it.each(AREAS.map((a) => [a.area, a] as const))("%s: nothing that runs on its client names a namespace left out", (_, area) => {
    expect(
      namedIn(
        clientSide(area.dir),
        area.except.filter((n) => !(BY_ADR_146 as readonly string[]).includes(n)),
      ),
    ).toEqual([]);
  });

  it("names the institution-only failures in the institution's code, so leaving them out is a real test", () => {
    const institution = clientSide(path.join(ROOT, "app/[locale]/institution"));
    expect(namedIn(institution, ["ruleFailures.roster", "ruleFailures.zip"]).length).toBeGreaterThan(0);
  });

  it("sends the wizard and the inbox less than 70 % of the catalogue the other candidate areas get", () => {
    const catalogue = MESSAGES["zh-CN"] as Record<string, unknown>;
    const size = (except: readonly string[]) => {
      const kept = JSON.parse(JSON.stringify(catalogue)) as Record<string, unknown>;
      for (const name of except) {
        const [head, sub] = name.split(".");
        if (sub) delete (kept[head!] as Record<string, unknown> | undefined)?.[sub];
        else delete kept[head!];
      }
      return JSON.stringify(kept).length;
    };
    expect(size(NOT_FOR_WIZARD_CLIENTS)).toBeLessThan(size(NOT_FOR_CANDIDATE_CLIENTS) * 0.7);
    expect(size(NOT_FOR_INBOX_CLIENTS)).toBeLessThan(size(NOT_FOR_CANDIDATE_CLIENTS) * 0.7);
  });
});
