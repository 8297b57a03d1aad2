import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * ADR 158: no link prefetches unless it says so. next/link is reached through
 * components/layout/plain-link.tsx only, next-intl's Link through i18n/navigation.ts only; both
 * default `prefetch` to false. The opening-morning journey's spec (tests/e2e/journey-requests.spec.ts)
 * shows the browser's side: no prefetch request in the journey.
 */
const ROOT = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : [],
  );
}

const sources = ["app", "components", "lib", "i18n"].flatMap((dir) => files(path.join(ROOT, dir)));
const importing = (pattern: RegExp) =>
  sources.filter((f) => pattern.test(readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));

describe("links do not prefetch (ADR 158)", () => {
  it("reaches next/link through plain-link.tsx only", () => {
    expect(importing(/from\s+["']next\/link["']/)).toEqual(["components/layout/plain-link.tsx"]);
  });

  it("reaches next-intl's Link through i18n/navigation.ts only", () => {
    expect(importing(/createNavigation\(|from\s+["']next-intl\/navigation["']/)).toEqual(["i18n/navigation.ts"]);
  });

  it("defaults prefetch to false in both", () => {
    expect(readFileSync(path.join(ROOT, "components/layout/plain-link.tsx"), "utf8")).toMatch(/\{\s*prefetch = false,/);
    expect(readFileSync(path.join(ROOT, "i18n/navigation.ts"), "utf8")).toMatch(/\{\s*prefetch = false,/);
  });

  it("asks the router for no prefetch by hand", () => {
    expect(importing(/\.prefetch\(/)).toEqual([]);
  });
});
