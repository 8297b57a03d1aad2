import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirInUseError, isAlive } from "../../../scripts/db/dir-lock";
import { startEmbeddedPostgres } from "../../../scripts/db/embedded";
import { resolveRunAs } from "../../../scripts/db/embedded-binaries";
import { canReach, reachableDataDir } from "../../../scripts/db/embedded-reach";
import { PROJECT_ROOT } from "../../../scripts/db/migrations-dir";
import { freePort } from "../../../scripts/ports";

// The embedded server the app and the tests fall back to without DATABASE_URL. Its folder is
// under the project (not os.tmpdir(): as root the server runs as `postgres`, which must be able
// to reach it).
const base = path.join(PROJECT_ROOT, ".data", `test-embedded-${randomBytes(4).toString("hex")}`);
const dataDir = path.join(base, "pg");
const afterAllCleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await fs.rm(base, { recursive: true, force: true });
  for (const cleanup of afterAllCleanups) await cleanup();
});

async function selectOne(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT current_database() AS db")).rows[0];
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("initialises once, creates the database, keeps data across restarts", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(first.url).toMatch(new RegExp(`^postgresql://postgres:[0-9a-f]+@127\\.0\\.0\\.1:${port}/portal$`));
    expect(await selectOne(first.url)).toEqual({ db: "portal" });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    await client.end();
    await first.stop();
    await first.stop(); // idempotent

    const second = await startEmbeddedPostgres({ dataDir, port });
    expect(second.url).toBe(first.url); // same password: initdb did not run again
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query("SELECT v FROM kept")).rows).toEqual([{ v: 42 }]);
    await again.end();
    await second.stop();
  });

  it("refuses a second server on the same folder with a Chinese and English message", async () => {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      const error = await startEmbeddedPostgres({ dataDir, port: await freePort() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataDirInUseError);
      expect((error as Error).message).toMatch(/正被另一个进程.*\n.*is in use by another process/s);
      expect(await selectOne(server.url)).toEqual({ db: "portal" }); // the first one is unharmed
    } finally {
      await server.stop();
    }
  });

  it("uses another port when the preferred one is busy", async () => {
    const busy = net.createServer();
    const port = await new Promise<number>((resolve) =>
      busy.listen(0, "127.0.0.1", () => resolve((busy.address() as net.AddressInfo).port)),
    );
    try {
      const server = await startEmbeddedPostgres({ dataDir, port });
      expect(server.port).not.toBe(port);
      await server.stop();
      await expect(startEmbeddedPostgres({ dataDir, port, strictPort: true })).rejects.toThrow(/端口.*\n.*Port .* in use/s);
    } finally {
      busy.close();
    }
  });

  it("recovers after the owning process was killed with SIGKILL", async () => {
    const port = await freePort();
    // node --import tsx, not the tsx binary: that one runs the script in a grandchild process,
    // which a SIGKILL of the binary would not reach.
    const script = path.join(PROJECT_ROOT, "scripts", "db", "embedded.ts");
    const owner = spawn(process.execPath, ["--import", "tsx", script, dataDir, String(port)], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      owner.stdout.on("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      owner.on("exit", (code) => reject(new Error(`owner exited with ${code}`)));
    });
    const pgData = await reachableDataDir(dataDir, await resolveRunAs());
    const postmasterPid = Number((await fs.readFile(path.join(pgData, "postmaster.pid"), "utf8")).split("\n")[0]);
    owner.kill("SIGKILL");
    await new Promise((resolve) => owner.once("exit", resolve));
    expect(isAlive(postmasterPid)).toBe(true); // the orphan postgres lives on

    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(server.url).toBe(url);
      expect(isAlive(postmasterPid)).toBe(false); // the orphan was shut down, a new one started
      expect(await selectOne(server.url)).toEqual({ db: "portal" });
    } finally {
      await server.stop();
    }
  });

  // issue 15: root's home is mode 0700, so a clone there is private to root, while the server runs
  // as `postgres`. Only root can make that situation, so only a root run can check it.
  it.runIf(process.getuid?.() === 0)("as root, starts from a data folder inside a private (0700) folder", async () => {
    const privateDir = path.join(base, "private");
    await fs.mkdir(privateDir, { recursive: true, mode: 0o700 });
    await fs.chmod(privateDir, 0o700);
    const runAs = await resolveRunAs();
    expect(runAs && canReach(privateDir, runAs)).toBe(false); // the situation is real
    // The shared root stands in for /var/lib/sichuan-portal-postgres: a folder `postgres` can reach
    // whatever folder the clone is in (the clone itself may be in a 0700 folder, as CI's can be).
    const shared = await fs.mkdtemp(path.join(os.tmpdir(), "portal-embedded-shared-"));
    await fs.chmod(shared, 0o755);
    afterAllCleanups.push(() => fs.rm(shared, { recursive: true, force: true }));
    expect(runAs && canReach(shared, runAs)).toBe(true);
    process.env.PORTAL_EMBEDDED_PG_ROOT = shared;
    try {
      const server = await startEmbeddedPostgres({ dataDir: path.join(privateDir, "pg"), port: await freePort() });
      try {
        expect(await selectOne(server.url)).toEqual({ db: "portal" });
      } finally {
        await server.stop();
      }
      const kept = await fs.readdir(path.join(shared, "data"));
      expect(kept.some((name) => name.startsWith("pg-"))).toBe(true);
    } finally {
      delete process.env.PORTAL_EMBEDDED_PG_ROOT;
    }
  });
});
