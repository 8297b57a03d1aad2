import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../db/migrations-dir";
import { freePort } from "./app-server";

/**
 * Debian's nginx in front of portal processes, configured by deploy/nginx/portal.conf as it is
 * (only the ports changed): the bench's scale-out and journey rows (issue 14) and the balancer
 * test (tests/integration/api/nginx-balancer.test.ts).
 */

/** As README "Several instances" asks of the site's /etc/nginx/nginx.conf (Debian's default is 768). */
const WORKER_CONNECTIONS = 8192;

/** The children of a process (Linux /proc), e.g. nginx's workers. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Debian's nginx, or null when it is not installed. */
export function nginxPath(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

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
    // Each request through nginx holds two connections (the browser's and the upstream's): the
    // opening morning's wave keeps hundreds waiting at once (README "Several instances").
    `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nworker_rlimit_nofile 16384;\n` +
      `events { worker_connections ${WORKER_CONNECTIONS}; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n` +
      `  include ${dir}/portal.conf;\n}\n`,
  );
  return main;
}

/** nginx in front of `upstreams`, until `stop()`: its URL and its processes (master and worker). */
export async function startNginx(upstreams: readonly number[]): Promise<{ url: string; pids: () => number[]; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
  const listen = await freePort();
  const child = spawn("nginx", ["-c", nginxConfig(dir, listen, upstreams), "-p", dir], { stdio: "ignore" });
  const url = `http://127.0.0.1:${listen}`;
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${url}/api/v1/health`).catch(() => null))?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const master = child.pid ?? -1;
  return { url, pids: () => [master, ...childPids(master)], stop: () => child.kill("SIGTERM") };
}
