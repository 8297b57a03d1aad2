import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every page (the public ones included) loads what the locale layout's module graph refers to.
 * A server module that imports next-intl's navigation (`@/i18n/navigation`) or the bare
 * `"next-intl"` entry puts next-intl's client Link and runtime (about 12 KB gzip) on every page,
 * just by being imported (ADR 050): the logout action did, through lib/server/auth/session.ts,
 * and every public page went from floor + 14 KB to floor + 27 KB. The bench's first-load JS rows
 * measure it; this test names the import that brought it.
 */
const ROOT = path.resolve(__dirname, "..");
const FORBIDDEN = [/^next-intl$/, /^@\/i18n\/navigation$/];

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

/** The project's modules reachable from `entry` by static imports, each with the path that reached it. */
function graph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const source = readFileSync(file, "utf8").replace(/^\s*\/\/.*$/gm, "");
    for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const spec = match[1]!;
      const target = resolve(file, spec);
      if (target && !reached.has(target)) {
        reached.set(target, [...reached.get(file)!, target]);
        queue.push(target);
      }
    }
  }
  return reached;
}

function forbiddenImports(entry: string): string[] {
  const found: string[] = [];
  for (const [file, via] of graph(entry)) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*import\s+(?!type\s)[^"';]*?["']([^"']+)["']/gm)) {
      if (FORBIDDEN.some((f) => f.test(match[1]!)))
        found.push(`${match[1]} in ${via.map((f) => path.relative(ROOT, f)).join(" → ")}`);
    }
  }
  return found;
}

describe("the locale layout's module graph (every page's client JavaScript, ADR 050)", () => {
  it("imports neither next-intl's navigation nor its bare entry anywhere", () => {
    expect(forbiddenImports(path.join(ROOT, "app/[locale]/layout.tsx"))).toEqual([]);
  });
});
