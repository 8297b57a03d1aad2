import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashPassword } from "../lib/auth/password";
import { verify } from "@node-rs/argon2";
import { BENCH_AUTH_SECRET } from "../scripts/bench-support/app-server";
import { freePort, startAppServer, type AppServer } from "../scripts/bench-support/app-server";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople, type BenchPerson } from "../scripts/bench-support/fixtures";
import { combine, ms, percentile, sustained, type LoadResult, type Task } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";
import { actionId, callAction } from "../scripts/bench-support/server-actions";
import { sessionCookie } from "../scripts/bench-support/session-cookie";
import { PROJECT_ROOT } from "../scripts/db/migrations-dir";

/**
 * Issue 14, the opening morning at the machine's limit: every goal as a ratio against a static
 * file of the same server in the same run (a script chunk under /_next/static, Next's cheapest
 * answer), with the absolute figures beside it. Parts: signed-in candidate pages, public reads,
 * the opening-morning journey (real logins), scale-out behind nginx. The ticket lookup's goal is in
 * bench/lookup.ts.
 *
 * BENCH_SCALE (default 1) shrinks every duration and count, e.g. BENCH_SCALE=0.05 to check that
 * the part runs at all on a shared machine; the figures of such a run mean nothing.
 */
const SCALE = Math.min(1, Math.max(0.01, Number(process.env.BENCH_SCALE ?? "1") || 1));
const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * SCALE));

export const MORNING_GOALS = {
  signedInRatio: 0.05,
  signedInP95Ms: 500,
  publicRatio: 0.5,
  journeyP95Ms: 1000,
  scaleOut: 1.6,
} as const;

const SIGNED_IN = { concurrency: 20, msPerPage: 2_000, slices: 2 } as const;
const PUBLIC = { concurrency: 50, msPerPage: 2_000, slices: 2 } as const;
const JOURNEY = { people: 1_000, arrivalMs: 60_000 } as const;
const SCALE_OUT = { concurrency: 20, durationMs: 6_000 } as const;
const PASSWORD = "Morning2025ok";

const getter =
  (url: string, init: RequestInit = {}, okStatus = 200): Task =>
  async () => {
    const response = await fetch(url, { redirect: "manual", ...init });
    await response.arrayBuffer();
    if (response.status !== okStatus) throw new Error(`${url.replace(/^https?:\/\/[^/]+/, "")}: HTTP ${response.status}`);
    return true;
  };

/** A script chunk of the home page: Next's static file path, the server's physical limit here. */
async function staticFile(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const src = [...html.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!)[0];
  if (!src) throw new Error("no /_next/static script on the home page");
  return `${baseUrl}${src}`;
}

/**
 * Each page and the static file in turns (`slices` windows each), so both see the same moments
 * of a shared machine (ADR 050's lesson); a short warm-up first.
 */
async function inTurns(
  pages: Record<string, Task>,
  still: Task,
  options: { concurrency: number; msPerPage: number; slices: number },
): Promise<{ pages: Record<string, LoadResult>; still: LoadResult }> {
  const sliceMs = scaled(options.msPerPage, 200) / options.slices;
  const results: Record<string, LoadResult[]> = {};
  const stillResults: LoadResult[] = [];
  for (const task of [...Object.values(pages), still]) for (let i = 0; i < 10; i++) await task();
  for (let slice = 0; slice < options.slices; slice++) {
    for (const [name, task] of Object.entries(pages)) {
      (results[name] ??= []).push(await sustained(task, { concurrency: options.concurrency, durationMs: sliceMs }));
      stillResults.push(await sustained(still, { concurrency: options.concurrency, durationMs: sliceMs }));
    }
  }
  return {
    pages: Object.fromEntries(Object.entries(results).map(([name, r]) => [name, combine(r)])),
    still: combine(stillResults),
  };
}

const rate = (r: LoadResult) => `${r.perSecond.toFixed(0)}/s, p95 ${ms(r.p95)}`;
const errorNote = (r: LoadResult) => `${r.errors} errors${r.samples[0] ? `: ${r.samples[0].slice(0, 80)}` : ""}`;

export async function benchSignedInPages(context: BenchContext): Promise<Metric[]> {
  const part = "signed-in pages";
  const people = await benchPeople(context.database.db, { count: SIGNED_IN.concurrency });
  const cookies = await Promise.all(
    people.map((p) => sessionCookie({ id: p.userId, kind: "CANDIDATE", displayName: p.name }, BENCH_AUTH_SECRET)),
  );
  let turn = 0;
  /** Each request as one of the 20 candidates, on their own application. */
  const page = (path: (p: BenchPerson) => string): Task => {
    return () => {
      const i = turn++ % people.length;
      return getter(`${context.app.url}${path(people[i]!)}`, { headers: { Cookie: cookies[i]! } })();
    };
  };
  const pages: Record<string, Task> = {
    "/me": page(() => "/me"),
    "/me/applications/<id>": page((p) => `/me/applications/${p.applicationId}`),
    "/me/inbox": page(() => "/me/inbox"),
  };
  for (const step of ["condition", "personal", "photo", "attachments", "pledge", "review"])
    pages[`wizard: ${step}`] = page((p) => `/me/applications/${p.applicationId}/edit/${step}`);
  const still = getter(await staticFile(context.app.url));
  const measured = await inTurns(pages, still, SIGNED_IN);

  const me = await fetch(`${context.app.url}/me`, { headers: { Cookie: cookies[0]! } });
  const meBytes = (await me.arrayBuffer()).byteLength;
  const metrics: Metric[] = [
    {
      part,
      name: "static file (/_next/static chunk)",
      value: rate(measured.still),
      note: `${SIGNED_IN.concurrency} at a time, in turns with each page; ${errorNote(measured.still)}`,
    },
  ];
  for (const [name, r] of Object.entries(measured.pages)) {
    const ratio = r.perSecond / measured.still.perSecond;
    metrics.push({
      part,
      name: `GET ${name}, ${SIGNED_IN.concurrency} at once`,
      value: `${ratio.toFixed(3)} (${rate(r)})`,
      goal: `≥ ${MORNING_GOALS.signedInRatio}, p95 < ${MORNING_GOALS.signedInP95Ms} ms`,
      pass: ratio >= MORNING_GOALS.signedInRatio && r.p95 < MORNING_GOALS.signedInP95Ms && r.errors === 0,
      note: errorNote(r),
    });
  }
  metrics.push({
    part,
    name: "/me HTML, signed in",
    value: `${(meBytes / 1024).toFixed(1)} KB`,
    goal: "≤ 40 KB",
    pass: meBytes <= 40 * 1024,
    note: "uncompressed, as the server sends it before gzip",
  });
  return metrics;
}

export async function benchPublicReads(context: BenchContext): Promise<Metric[]> {
  const part = "public reads";
  const base = context.app.url;
  const pages: Record<string, Task> = {
    "/": getter(`${base}/`),
    "/calendar/2025": getter(`${base}/calendar/2025`),
    "/projects": getter(`${base}/projects`),
    "/institutions": getter(`${base}/institutions`),
    "/api/v1/batches?year=2025": getter(`${base}/api/v1/batches?year=2025`),
    "/api/v1/projects": getter(`${base}/api/v1/projects`),
    "/api/v1/institutions": getter(`${base}/api/v1/institutions`),
  };
  const still = getter(await staticFile(base));
  const measured = await inTurns(pages, still, PUBLIC);
  const metrics: Metric[] = [
    {
      part,
      name: "static file (/_next/static chunk)",
      value: rate(measured.still),
      note: `${PUBLIC.concurrency} at a time, in turns with each read; ${errorNote(measured.still)}`,
    },
  ];
  for (const [name, r] of Object.entries(measured.pages)) {
    const ratio = r.perSecond / measured.still.perSecond;
    metrics.push({
      part,
      name: `GET ${name}, ${PUBLIC.concurrency} at once`,
      value: `${ratio.toFixed(2)} (${rate(r)})`,
      goal: `≥ ${MORNING_GOALS.publicRatio}`,
      pass: ratio >= MORNING_GOALS.publicRatio && r.errors === 0,
      note: errorNote(r),
    });
  }
  return metrics;
}

/** CPU time (user + system) of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * The opening morning: `JOURNEY.people` candidates with complete drafts arrive evenly over
 * `JOURNEY.arrivalMs`; each signs in with the real password form (the server action, argon2 and
 * all), opens /me, opens the application and submits it (the route, ADR 053). Each from its own
 * address, as behind the center's proxy, so the per-IP login limit is not what is measured.
 */
export async function benchJourney(context: BenchContext): Promise<Metric[]> {
  const part = "opening-morning journey";
  const count = scaled(JOURNEY.people, 5);
  const arrivalMs = scaled(JOURNEY.arrivalMs, 1_000);
  const people = await benchPeople(context.database.db, { count });
  // One argon2 hash for all: each login still verifies with the same parameters.
  const passwordHash = await hashPassword(PASSWORD);
  await context.database.db.user.updateMany({ where: { id: { in: people.map((p) => p.userId) } }, data: { passwordHash } });

  // What one verify costs on this machine, alone (the server's share below uses it).
  const verifyMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await verify(passwordHash, PASSWORD);
    verifyMs.push(performance.now() - t);
  }
  const oneVerify = percentile(
    [...verifyMs].sort((a, b) => a - b),
    50,
  );

  const loginId = actionId("app/[locale]/login/actions.ts", "loginAction");
  const base = context.app.url;
  const latencies: Record<"login" | "me" | "application" | "submit", number[]> = {
    login: [],
    me: [],
    application: [],
    submit: [],
  };
  const failures: string[] = [];
  const timed = async (step: keyof typeof latencies, run: () => Promise<void>) => {
    const t = performance.now();
    await run();
    latencies[step].push(performance.now() - t);
  };
  const journey = async (person: BenchPerson, i: number) => {
    const address = `10.${100 + Math.floor(i / 65_000)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
    let cookie = "";
    await timed("login", async () => {
      const form = new FormData();
      form.set("login", person.idNumber);
      form.set("password", PASSWORD);
      const answer = await callAction({
        baseUrl: base,
        page: "/login",
        id: loginId,
        args: [null, form],
        headers: { "X-Forwarded-For": address },
      });
      const session = answer.setCookies.find((c) => c.startsWith("authjs.session-token="));
      if (!session) throw new Error(`login: HTTP ${answer.status}, no session cookie`);
      cookie = session.split(";")[0]!;
    });
    const get = (step: "me" | "application", pathname: string) =>
      timed(step, async () => {
        await getter(`${base}${pathname}`, { headers: { Cookie: cookie, "X-Forwarded-For": address } })();
      });
    await get("me", "/me");
    await get("application", `/me/applications/${person.applicationId}`);
    await timed("submit", async () => {
      const response = await fetch(`${base}/api/applications/${person.applicationId}/submit`, {
        method: "POST",
        headers: { Cookie: cookie, Origin: base, "X-Forwarded-For": address },
      });
      const body = (await response.json()) as { ok?: boolean; formError?: string };
      if (!response.ok || body.ok !== true) throw new Error(`submit: HTTP ${response.status} ${body.formError ?? ""}`);
    });
  };

  const cpuBefore = cpuMsOf(context.app.pid);
  const started = performance.now();
  let completed = 0;
  await Promise.all(
    people.map(async (person, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i * arrivalMs) / count));
      try {
        await journey(person, i);
        completed += 1;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }),
  );
  const wallMs = performance.now() - started;
  const cpuAfter = cpuMsOf(context.app.pid);
  const all = Object.values(latencies)
    .flat()
    .sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  const stepP95 = Object.entries(latencies)
    .map(
      ([step, values]) =>
        `${step} ${ms(
          percentile(
            [...values].sort((a, b) => a - b),
            95,
          ),
        )}`,
    )
    .join(", ");
  const argonMs = latencies.login.length * oneVerify;
  const serverCpuMs = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  return [
    {
      part,
      name: `${count} candidates over ${(arrivalMs / 1000).toFixed(0)} s: completed`,
      value: `${completed} of ${count}`,
      goal: "all, 0 errors",
      pass: completed === count && failures.length === 0,
      note: failures[0]
        ? `${failures.length} failed: ${failures[0].slice(0, 100)}`
        : "login (password form), /me, application, submit",
    },
    {
      part,
      name: "p95 per request",
      value: ms(p95),
      goal: `< ${MORNING_GOALS.journeyP95Ms} ms`,
      pass: p95 < MORNING_GOALS.journeyP95Ms,
      note: stepP95,
    },
    {
      part,
      name: "journeys/s",
      value: (completed / (wallMs / 1000)).toFixed(1),
      note: `wall ${(wallMs / 1000).toFixed(1)} s from the first arrival to the last answer`,
    },
    {
      part,
      name: "share of server CPU in argon2",
      value: serverCpuMs ? `${((argonMs / serverCpuMs) * 100).toFixed(0)}%` : "n/a (no /proc)",
      note:
        `argon2id m=19 MiB, t=2, p=1 (OWASP's second profile, lib/auth/password.ts): ${ms(oneVerify)} per verify here; ` +
        `${latencies.login.length} logins ≈ ${(argonMs / 1000).toFixed(1)} s of ${serverCpuMs ? (serverCpuMs / 1000).toFixed(1) : "?"} s server CPU. ` +
        "The login is meant to cost: a stolen hash must stay expensive to guess",
    },
  ];
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

/** The parts run.ts lists, in order; BENCH_ONLY=<part,…> (run.ts) picks some. */
export async function benchOpeningMorning(context: BenchContext): Promise<Metric[]> {
  return [
    ...(await benchSignedInPages(context)),
    ...(await benchPublicReads(context)),
    ...(await benchJourney(context)),
    ...(await benchScaleOut(context)),
  ];
}

runPartAlone(import.meta.url, "Opening morning (issue 14)", benchOpeningMorning);
