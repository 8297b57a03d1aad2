import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { NOT_FOR_CANDIDATE_CLIENTS, NOT_FOR_WIZARD_CLIENTS } from "./client-messages";

/**
 * The wizard's steps send their client components the candidate's messages less
 * NOT_FOR_WIZARD_CLIENTS (ADR 152). A namespace may be left out only if nothing that runs on the
 * client under the wizard, nor any action or use case those components call, names a key of it:
 * the modules reachable by static imports from every client component of the wizard (its
 * actions and their use cases included) are searched for the namespaces' keys.
 */
const ROOT = path.resolve(__dirname, "../..");
const WIZARD = path.join(ROOT, "app/[locale]/me/applications/[id]/edit");

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

/** Every module of the wizard's page graph that runs on the client ("use client"), and what they reach. */
function clientSide(): Set<string> {
  const page = reachable(files(WIZARD).filter((f) => !f.includes(".test.")));
  const clients = [...page].filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  return reachable(clients);
}

describe("the wizard's client messages (ADR 152)", () => {
  const wizardOnly = NOT_FOR_WIZARD_CLIENTS.filter((n) => !(NOT_FOR_CANDIDATE_CLIENTS as readonly string[]).includes(n));
  const sources = [...clientSide()];

  it("finds the wizard's client components and their actions", () => {
    const names = sources.map((f) => path.relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining(["components/wizard/upload/phone-upload-field.tsx", "app/[locale]/me/applications/[id]/actions.ts"]),
    );
    expect(names).toEqual(
      expect.arrayContaining(["lib/server/applications/update-application.ts", "lib/server/applications/attach-file.ts"]),
    );
  });

  it("leaves out only namespaces that exist and that nothing there names", () => {
    const catalogue = MESSAGES["zh-CN"] as Record<string, Record<string, unknown>>;
    for (const name of wizardOnly) {
      const [head, sub] = name.split(".");
      expect(sub ? catalogue[head!]?.[sub] : catalogue[head!], name).toBeDefined();
    }
    const named: string[] = [];
    for (const file of sources) {
      const text = source(file);
      for (const name of wizardOnly) {
        const escaped = name.replace(".", "\\.");
        // A key of it ("payment.x"), or the namespace given to a translator ("payment" alone is also a window's name).
        const key = new RegExp(`["'\`]${escaped}\\.`);
        const translator = new RegExp(`(?:Translations\\(|namespace:\\s*)["'\`]${escaped}["'\`.]`);
        if (key.test(text) || translator.test(text)) named.push(`${name} in ${path.relative(ROOT, file)}`);
      }
    }
    expect(named).toEqual([]);
  });

  it("sends the wizard less than half the catalogue the other candidate areas get", () => {
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
  });
});
