import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 15: docs that name code which moved mislead the next engineer. Every repository path
 * that ARCHITECTURE.md or an accepted ADR names (in backticks or in running text) must exist. A
 * path an ADR names as history or as a plan is written `path` (removed) / `path` (future), or
 * sits in its "## Context" section, which this test does not read. Placeholders (`<area>`, `*`, `…`, `NNN`)
 * are not paths.
 */
const ROOT = join(import.meta.dirname, "..");
const TOP = ["app", "lib", "components", "scripts", "tests", "prisma", "messages", "bench", "deploy", "docs", "i18n"];
const PATH = new RegExp(`^(?:${TOP.join("|")})/[\\w.\\-\\[\\]/()@]+$|^[\\w.-]+\\.(?:ts|tsx|mjs|json|md)$`);

export function namedPaths(markdown: string): string[] {
  const text = markdown.replace(/## Context[\s\S]*?(?=\n## )/, "");
  const out = new Set<string>();
  const add = (raw: string) => {
    const path = raw.trim().replace(/[.,;:)]+$/, "");
    if (/[<>*…{}]|NNN|\s/.test(path) || !PATH.test(path)) return;
    out.add(path.replace(/\/$/, ""));
  };
  // In backticks, unless marked as history or a plan: `path` (removed) / (future).
  for (const m of text.matchAll(/`([^`\n]+)`(?! \((?:removed|future)\))/g)) add(m[1]!);
  // In running text (ADRs often write "(lib/domain/application-state)"): a top folder and at least
  // two more segments or a file extension, so a ratio like "app/raw" is not taken for a path.
  const plain = text.replace(/`[^`\n]+`(?: \((?:removed|future)\))?/g, "");
  for (const m of plain.matchAll(new RegExp(`(?<![\\w/@.-])((?:${TOP.join("|")})/[\\w.\\-\\[\\]/@]+)`, "g")))
    if (/\/.+\/|\.\w+$/.test(m[1]!.replace(/[.,;:)]+$/, ""))) add(m[1]!);
  return [...out];
}

function exists(path: string): boolean {
  return ["", ".ts", ".tsx", ".mjs", "/index.ts"].some((ext) => existsSync(join(ROOT, path + ext)));
}

const ADR_DIR = join(ROOT, "docs", "decisions");
const docs = [
  "ARCHITECTURE.md",
  ...readdirSync(ADR_DIR)
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/decisions/${f}`),
].filter((f) => !/^Status: superseded/im.test(readFileSync(join(ROOT, f), "utf8")));

describe("docs name only paths that exist", () => {
  it("finds a dead path (the check can fail)", () => {
    const text = "see `lib/domain/no-such-rule.ts`, `lib/domain/window-rules.ts` and (lib/server/gone/use-case); app/raw ≥ 0.25";
    expect(namedPaths(text).filter((p) => !exists(p))).toEqual(["lib/domain/no-such-rule.ts", "lib/server/gone/use-case"]);
  });

  it.each(docs)("%s", (doc) => {
    const dead = namedPaths(readFileSync(join(ROOT, doc), "utf8")).filter((p) => p.includes("/") && !exists(p));
    expect(dead).toEqual([]);
  });
});
