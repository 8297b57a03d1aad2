import { execFileSync } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCH_AUTH_SECRET, freePort, startAppServer, type AppServer } from "../../scripts/bench-support/app-server";
import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import { benchPeople } from "../../scripts/bench-support/fixtures";
import { sustained, type Task } from "../../scripts/bench-support/load";
import type { Metric } from "../../scripts/bench-support/report";
import { sessionCookie } from "../../scripts/bench-support/session-cookie";
import { PROJECT_ROOT } from "../../scripts/db/migrations-dir";
import { errorNote, getter, MORNING_GOALS, rate, scaled } from "./shared";

/**
 * Issue 14, scale-out on a real balancer: the signed-in /me rate through Debian's nginx
 * configured by deploy/nginx/portal.conf, with one and with two portal processes on one
 * PostgreSQL (skipped, with the reason, when nginx is not installed).
 * `tsx bench/morning/scale-out.ts` runs it alone.
 */
const SCALE_OUT = { concurrency: 20, durationMs: 6_000 } as const;

/** deploy/nginx/portal.conf with this run's ports, inside a minimal main config of its own. */
function nginxConfig(dir: string, listen: number, upstreams: readonly number[]): string {
  const site = readFileSync(path.join(PROJECT_ROOT, "deploy", "nginx", "portal.conf"), "utf8")
    .replace(/^\s*server 127\.0\.0\.1:\d+[^;]*;\s*$/gm, "")
    .replace(/upstream portal \{/, `upstream portal {\n${upstreams.map((p) => `    server 127.0.0.1:${p};`).join("\n")}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${listen};`)
    .replace(/server_name [^;]+;/, "server_name localhost;");
  writeFileSync(path.join(dir, "portal.conf"), site);
  const main = path.join(dir, "nginx.conf");
  writeFileSync(
    main,
    `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\n` +
      `events { worker_connections 1024; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n` +
      `  include ${dir}/portal.conf;\n}\n`,
  );
  return main;
}

async function withNginx<T>(upstreams: readonly number[], run: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
  const listen = await freePort();
  const child = spawn("nginx", ["-c", nginxConfig(dir, listen, upstreams), "-p", dir], { stdio: "ignore" });
  const url = `http://127.0.0.1:${listen}`;
  try {
    for (let i = 0; i < 100; i++) {
      if ((await fetch(`${url}/api/v1/health`).catch(() => null))?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await run(url);
  } finally {
    child.kill("SIGTERM");
  }
}

/**
 * Two `next start` processes (portal servers) behind Debian's nginx, configured by
 * deploy/nginx/portal.conf, against one PostgreSQL: the signed-in /me rate through nginx with one
 * upstream, then with two. Both measured through nginx, so the ratio is the second process's gain.
 */
export async function benchScaleOut(context: BenchContext): Promise<Metric[]> {
  const part = "scale-out (nginx)";
  let nginx: string | null = null;
  try {
    nginx = execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    nginx = null;
  }
  if (!nginx)
    return [
      {
        part,
        name: "signed-in /me, 2 processes / 1",
        value: "skipped",
        goal: `≥ ${MORNING_GOALS.scaleOut}×`,
        note: "nginx is not installed (apt-get install nginx: Debian's package); the config is deploy/nginx/portal.conf",
      },
    ];
  const people = await benchPeople(context.database.db, { count: SCALE_OUT.concurrency });
  const cookies = await Promise.all(
    people.map((p) => sessionCookie({ id: p.userId, kind: "CANDIDATE", displayName: p.name }, BENCH_AUTH_SECRET)),
  );
  let turn = 0;
  const me =
    (url: string): Task =>
    () =>
      getter(`${url}/me`, { headers: { Cookie: cookies[turn++ % cookies.length]! } })();
  const measure = async (url: string) => {
    for (let i = 0; i < 20; i++) await me(url)();
    return sustained(me(url), { concurrency: SCALE_OUT.concurrency, durationMs: scaled(SCALE_OUT.durationMs, 500) });
  };
  const second: AppServer = await startAppServer(context.database.url, { quiet: true });
  try {
    const one = await withNginx([context.app.port], measure);
    const two = await withNginx([context.app.port, second.port], measure);
    const gain = two.perSecond / one.perSecond;
    return [
      { part, name: "signed-in /me through nginx, 1 process", value: rate(one), note: errorNote(one) },
      { part, name: "signed-in /me through nginx, 2 processes", value: rate(two), note: errorNote(two) },
      {
        part,
        name: "2 processes / 1",
        value: `${gain.toFixed(2)}×`,
        goal: `≥ ${MORNING_GOALS.scaleOut}×`,
        pass: gain >= MORNING_GOALS.scaleOut && one.errors + two.errors === 0,
        note: `${nginx}; deploy/nginx/portal.conf; PORTAL_TRUSTED_PROXIES=127.0.0.1,::1; one PostgreSQL; ${SCALE_OUT.concurrency} at once`,
      },
    ];
  } finally {
    await second.stop();
  }
}

runPartAlone(import.meta.url, "Scale-out behind nginx (issue 14)", benchScaleOut);
