import { spawnSync } from "node:child_process";

/**
 * `npm run test:quick`: the inner loop, no database. ESLint and Prettier on the files changed
 * since `origin/main` (or `main`; committed, staged, unstaged and new), then the unit tests
 * (vitest `--changed` against the same base: the tests that import a changed file). The whole
 * suite stays `npm test`. `npm run test:quick -- --all-unit` runs every unit test instead.
 */
function git(...args: string[]): string {
  const run = spawnSync("git", args, { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : "";
}

const base = git("rev-parse", "--verify", "--quiet", "origin/main") ? "origin/main" : "main";
const mergeBase = git("merge-base", "HEAD", base) || "HEAD";
const changed = [
  ...new Set([
    ...git("diff", "--name-only", "--diff-filter=d", mergeBase).split("\n"),
    ...git("ls-files", "--others", "--exclude-standard").split("\n"),
  ]),
].filter(Boolean);
const code = changed.filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !f.startsWith("lib/generated/"));
const formatted = changed.filter((f) => /\.(ts|tsx|mjs|js|json|md|css)$/.test(f));

const steps: [string, string[]][] = [];
if (code.length > 0) steps.push(["lint (changed files)", ["npx", "eslint", "--max-warnings", "0", ...code]]);
if (formatted.length > 0) steps.push(["format (changed files)", ["npx", "prettier", "--check", ...formatted]]);
steps.push([
  "unit",
  process.argv.includes("--all-unit")
    ? ["npx", "vitest", "run", "--project", "unit"]
    : ["npx", "vitest", "run", "--project", "unit", "--changed", mergeBase, "--passWithNoTests"],
]);

console.log(`test:quick: ${changed.length} changed file(s) since ${base} (${mergeBase.slice(0, 8)})`);
for (const [name, [command, ...args]] of steps) {
  console.log(`\n━━━ ${name} ━━━`);
  const run = spawnSync(command!, args, { stdio: "inherit" });
  if (run.status !== 0) {
    console.log(`\n✘ ${name}`);
    process.exit(run.status ?? 1);
  }
}
console.log("\n✔ test:quick (typecheck: npm run typecheck; everything: npm test)");
