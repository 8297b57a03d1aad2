import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { acquireDirLock, isAlive } from "./dir-lock";
import { loadBinaries, resolveRunAs, type RunAs } from "./embedded-binaries";
import { reachableBinaries, reachableDataDir } from "./embedded-reach";
import { PASSWORD_FILE, USER, debug, initialise } from "./embedded-initdb";
import { freePort, portIsFree } from "../ports";

// A PostgreSQL server under a project folder, for machines without DATABASE_URL
// (docs/decisions/002-embedded-postgres.md). Ports: 54329 app, 54330 tests, 54331 tooling.

export const APP_DATA_DIR = ".data/postgres";
export const APP_PORT = 54329;
export const TEST_DATA_DIR = ".data/postgres-test";
export const TEST_PORT = 54330;
export const TOOLING_DATA_DIR = ".data/postgres-tooling";
export const TOOLING_PORT = 54331;

export interface EmbeddedPostgresOptions {
  /** PGDATA; created (initdb) only when it does not exist yet. Keep it git-ignored. */
  dataDir: string;
  /** Preferred port; when busy a free one is used instead (unless strictPort). */
  port?: number;
  strictPort?: boolean;
  /** Created when missing. */
  database?: string;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** Idempotent; a property, not a method, so `const stop = server.stop` is fine. */
  stop: () => Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "portal";
  await fsp.mkdir(path.dirname(dataDir), { recursive: true });
  const lock = await acquireDirLock(dataDir);
  let child: ChildProcess | undefined;
  const onExit = (): void => {
    // Last resort when Node exits without stop(): let postgres shut itself down.
    child?.kill("SIGINT");
    lock.release();
  };
  process.on("exit", onExit);
  try {
    const runAs = await resolveRunAs();
    // As root in a private folder, the server's user cannot reach the project: embedded-reach.ts.
    const pgData = await reachableDataDir(dataDir, runAs);
    const binaries = await reachableBinaries(await loadBinaries(), runAs);
    if (lock.wasStale) await stopOrphanPostmaster(pgData);
    if (!fs.existsSync(path.join(pgData, "PG_VERSION"))) await initialise(pgData, binaries.initdb, runAs);
    const password = (await fsp.readFile(path.join(pgData, PASSWORD_FILE), "utf8")).trim();
    const port = await choosePort(options.port ?? APP_PORT, options.strictPort ?? false);
    child = await startPostmaster(pgData, binaries.postgres, port, password, runAs);
    await ensureDatabase(port, password, database);
    const url = `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      stop: () => {
        stopping ??= (async () => {
          if (child) await stopPostmaster(child);
          lock.release();
          process.off("exit", onExit);
        })();
        return stopping;
      },
    };
  } catch (error) {
    if (child) await stopPostmaster(child);
    lock.release();
    process.off("exit", onExit);
    throw error;
  }
}

/**
 * Stops the server on SIGINT/SIGTERM/SIGHUP, then exits (130/143/129). A second signal exits at
 * once; the next start recovers the leftover server. Returns a function that unhooks the handlers.
 */
export function stopOnSignals(stop: () => Promise<void>, options: { exit?: boolean } = {}): () => void {
  const codes: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
  let received = false;
  const handler = (signal: NodeJS.Signals): void => {
    const code = codes[signal] ?? 1;
    if (received) process.exit(code);
    received = true;
    void stop()
      .catch((error: unknown) => process.stderr.write(`${String(error)}\n`))
      .finally(() => {
        if (options.exit ?? true) process.exit(code);
      });
  };
  const signals = Object.keys(codes) as NodeJS.Signals[];
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}

async function choosePort(preferred: number, strict: boolean): Promise<number> {
  if (await portIsFree(preferred)) return preferred;
  if (strict) {
    throw new Error(`端口 ${preferred} 已被占用。\nPort ${preferred} is already in use.`);
  }
  const port = await freePort();
  process.stderr.write(`[db] 端口 ${preferred} 已被占用，改用 ${port} / port ${preferred} is busy, using ${port}\n`);
  return port;
}

async function startPostmaster(
  dataDir: string,
  postgres: string,
  port: number,
  password: string,
  runAs: RunAs | undefined,
): Promise<ChildProcess> {
  const logPath = `${dataDir}.log`;
  const log = fs.openSync(logPath, "w");
  const args = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    // No Unix socket: /var/run/postgresql may not exist or belong to a system server.
    "-c",
    "unix_socket_directories=",
  ];
  // Detached: a Ctrl-C in the terminal reaches us, and we stop postgres after the app.
  const child = spawn(postgres, args, {
    ...runAs,
    detached: process.platform !== "win32",
    stdio: ["ignore", debug ? "inherit" : log, debug ? "inherit" : log],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  fs.closeSync(log);
  let exited = false;
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(explainStartFailure(dataDir, port, readTail(logPath)));
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.end();
      return child;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`PostgreSQL did not start within 60 s; see ${logPath}`);
      }
      await sleep(100);
    }
  }
}

function readTail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "";
  }
}

function explainStartFailure(dataDir: string, port: number, log: string): string {
  if (log.includes("postmaster.pid")) {
    return (
      `数据库目录 ${dataDir} 正被另一个 PostgreSQL 使用。\n` +
      `The database folder ${dataDir} is in use by another PostgreSQL server.\n${log}`
    );
  }
  if (log.includes("could not bind") || log.includes("could not create any TCP/IP sockets")) {
    return `端口 ${port} 已被占用。\nPort ${port} is already in use.\n${log}`;
  }
  return `PostgreSQL exited during start:\n${log}`;
}

async function stopPostmaster(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGINT"); // "fast" shutdown: rolls back open transactions, then a clean checkpoint
  const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
  await exited;
  clearTimeout(timer);
}

// After a kill -9 of Node, the detached postmaster keeps running and holds postmaster.pid.
// The stale lock proves nobody owns it any more: shut it down cleanly before starting anew.
async function stopOrphanPostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number.parseInt((await fsp.readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostmasterOf(pid, dataDir)) return;
  process.stderr.write(`[db] 停止遗留的 PostgreSQL 进程 ${pid} / stopping leftover PostgreSQL (PID ${pid})\n`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && fs.existsSync(pidFile)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGQUIT");
      break;
    }
    await sleep(100);
  }
}

// The PID in a leftover postmaster.pid may since belong to an unrelated process.
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(dataDir);
  } catch {
    return true; // no /proc: postmaster.pid plus a live PID is the best evidence we have
  }
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// CLI: `tsx scripts/db/embedded.ts [dataDir] [port]` runs a server until Ctrl-C (handy for psql).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startEmbeddedPostgres({
    dataDir: process.argv[2] ?? APP_DATA_DIR,
    port: process.argv[3] ? Number(process.argv[3]) : APP_PORT,
  });
  process.stdout.write(`${server.url}\n`);
  stopOnSignals(() => server.stop());
}
