import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "@/scripts/db/migrations-dir";
import { createScratchDatabase, type Scratch } from "../db/scratch";

// Issue 10, item 9: `npm start` pointed at a DATABASE_URL seeds no demo accounts (their password
// and TOTP secret are published) unless PORTAL_DEMO=1, and exits non-zero when the server it runs
// dies, so a process manager restarts it. The server is made to die at once by a malformed
// PORTAL_TRUSTED_PROXIES (scripts/portal-server.ts refuses to start rather than trust nobody or
// everybody); --dev skips the production build.

let scratch: Scratch;
beforeAll(async () => {
  scratch = await createScratchDatabase();
});
afterAll(async () => {
  await scratch.drop();
});

function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--dev"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORTAL_DEMO: undefined, PORT: "3291", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // Still running after 120 s: the server's death went unnoticed. Stop the whole group.
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("issue 10: npm start with DATABASE_URL", () => {
  it("seeds the catalog but no demo accounts, and exits non-zero when the portal server dies", { timeout: 150_000 }, async () => {
    const { code, output } = await runStart({ DATABASE_URL: scratch.url, PORTAL_TRUSTED_PROXIES: "not-a-proxy" });
    expect(code, output).not.toBe(0);
    expect(code, output).not.toBeNull();
    const users = await scratch.query<{ login: string }>(`SELECT login FROM "User"`);
    expect(users.rows).toEqual([]);
    const projects = await scratch.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Project"`);
    expect(Number(projects.rows[0]!.n)).toBeGreaterThan(0);
  });
});
