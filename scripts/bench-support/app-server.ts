import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { PROJECT_ROOT } from "../db/migrations-dir";

/** The bench's clock: batch 5's registration is open, and the bench batch has every window open. */
export const BENCH_NOW = "2025-05-08T10:00:00+08:00";
export const BENCH_TODAY = "2025-05-08";
export const BENCH_AUTH_SECRET = "bench-auth-secret-bench-auth-secret-0123";

export interface AppServer {
  url: string;
  port: number;
  pid: number;
  /** SIGKILL: the machine or the process dies, nothing is flushed. */
  kill: () => Promise<void>;
  /** SIGTERM, then waits for the exit. */
  stop: () => Promise<void>;
}

/**
 * The portal server (scripts/portal-server.ts, as `npm start` runs it) on the existing production build (scripts/build-if-needed.ts made it) on a free
 * port, against `databaseUrl`, with the bench clock. Resolves once /api/v1/health answers 200.
 */
export async function startAppServer(databaseUrl: string, options: { port?: number; quiet?: boolean } = {}): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server, written when it stops (ADR 049, 053).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "scripts/portal-server.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      PORTAL_NOW: BENCH_NOW,
      NODE_ENV: "production",
      PORTAL_SLOW_QUERY_MS: "60000",
      PORT: String(port),
      // The bench plays the center's reverse proxy: its X-Forwarded-For (bench/lookup.ts gives
      // each simulated client its own address) is heard from the loopback only (ADR 055).
      PORTAL_TRUSTED_PROXIES: "127.0.0.1,::1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString("utf8"));
    if (output.length > 200) output.shift();
    if (!options.quiet && process.env.BENCH_VERBOSE === "1") process.stderr.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, output);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    url,
    port,
    pid: child.pid ?? -1,
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
    stop: async () => {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`portal server exited with ${child.exitCode}:\n${output.join("")}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`portal server did not answer /api/v1/health within 90 s:\n${output.join("")}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
