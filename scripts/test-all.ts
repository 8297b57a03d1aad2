import { spawnSync } from "node:child_process";

/**
 * `npm test`: every check, in the order that fails fastest. Started through scripts/with-db.ts,
 * so DATABASE_URL points at the given server or an embedded one.
 */
const steps: [string, string[]][] = [
  ["lint", ["npx", "eslint", ".", "--max-warnings", "0"]],
  ["format", ["npx", "prettier", "--check", "."]],
  ["typecheck", ["sh", "-c", "npx next typegen && npx tsc --noEmit"]],
  ["drift", ["npx", "tsx", "scripts/db/check-drift.ts"]],
  ["unit", ["npx", "vitest", "run", "--project", "unit"]],
  ["integration", ["npx", "vitest", "run", "--project", "integration"]],
  ["e2e", ["npx", "playwright", "test"]],
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const [name, [command, ...args]] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n━━━ ${name} ━━━`);
  const started = Date.now();
  const run = spawnSync(command!, args, { stdio: "inherit", env: process.env });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) break;
}

console.log("\n" + results.map((r) => `${r.ok ? "✔" : "✘"} ${r.name} (${r.seconds}s)`).join("\n"));
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
