import { availableParallelism } from "node:os";
import { BENCH_AUTH_SECRET, startAppServer, type AppServer } from "../../scripts/bench-support/app-server";
import { nginxPath, startNginx } from "../../scripts/bench-support/nginx";
import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import { benchPeople } from "../../scripts/bench-support/fixtures";
import { combine, sustained, type LoadResult, type Task } from "../../scripts/bench-support/load";
import type { Metric } from "../../scripts/bench-support/report";
import { sessionCookie } from "../../scripts/bench-support/session-cookie";
import { cpuDuring, errorNote, getter, MORNING_GOALS, rate, scaled } from "./shared";

/**
 * Issue 14, scale-out on a real balancer: the signed-in /me rate through Debian's nginx
 * configured by deploy/nginx/portal.conf, with one and with two portal processes on one
 * PostgreSQL (skipped, with the reason, when nginx is not installed).
 * `tsx bench/morning/scale-out.ts` runs it alone.
 */
const SCALE_OUT = { concurrency: 20, durationMs: 6_000, slices: 3 } as const;

/** The PostgreSQL backends serving this database (pg_stat_activity), for their CPU from /proc. */
async function backendPids(context: BenchContext): Promise<number[]> {
  const name = new URL(context.database.url).pathname.slice(1);
  const rows = await context.database.db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = ${name}`;
  return rows.map((r) => Number(r.pid));
}

type Window = Awaited<ReturnType<typeof cpuDuring<LoadResult>>>;

type WindowsCpu = { load: LoadResult; cores: Record<string, number>; bench: number; machine: number | null };

/** Several windows as one: the rates combined, the cores weighted by each window's wall time. */
function combineWindows(windows: readonly Window[]): WindowsCpu {
  const wall = windows.reduce((n, w) => n + w.wallMs, 0);
  const weigh = (value: (w: Window) => number) => windows.reduce((n, w) => n + value(w) * w.wallMs, 0) / wall;
  const names = Object.keys(windows[0]?.cores ?? {});
  return {
    load: combine(windows.map((w) => w.result)),
    cores: Object.fromEntries(names.map((name) => [name, weigh((w) => w.cores[name] ?? 0)])),
    bench: weigh((w) => w.bench),
    machine: windows.every((w) => w.machine !== null) ? weigh((w) => w.machine!) : null,
  };
}

const coresNote = (c: WindowsCpu) =>
  `cores used: ${Object.entries(c.cores)
    .map(([name, n]) => `${name} ${n.toFixed(2)}`)
    .join(
      ", ",
    )}, bench client ${c.bench.toFixed(2)}; machine ${c.machine === null ? "?" : `${(c.machine * 100).toFixed(0)}% busy`} (/proc/stat, neighbours included)`;

/**
 * Two portal processes (`next start` each, scripts/portal-server.ts) behind Debian's nginx,
 * configured by deploy/nginx/portal.conf, against one PostgreSQL: the signed-in /me rate through
 * an nginx with one upstream and through one with both, in alternating windows (so both see the
 * same moments of a shared machine), each process warmed up directly first (a fresh process's
 * first requests pay V8's warm-up). Where the CPU went is measured in every window (/proc): the
 * portal processes, nginx, this database's PostgreSQL backends, the bench client and the whole
 * machine, so a ratio under the goal says what was full (ADR 146).
 */
export async function benchScaleOut(context: BenchContext): Promise<Metric[]> {
  const part = "scale-out (nginx)";
  const nginx = nginxPath();
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
  const second: AppServer = await startAppServer(context.database.url, { quiet: true });
  const one = await startNginx([context.app.port]);
  const two = await startNginx([context.app.port, second.port]);
  try {
    for (const url of [context.app.url, second.url, one.url, two.url]) for (let i = 0; i < 40; i++) await me(url)();
    const sliceMs = scaled(SCALE_OUT.durationMs, 500) / SCALE_OUT.slices;
    const windows = { one: [] as Window[], two: [] as Window[] };
    for (let slice = 0; slice < SCALE_OUT.slices; slice++) {
      for (const [name, balancer, portals] of [
        ["one", one, [context.app.pid]],
        ["two", two, [context.app.pid, second.pid]],
      ] as const) {
        const groups = async () => ({
          [`portal ×${portals.length}`]: [...portals],
          nginx: balancer.pids(),
          PostgreSQL: await backendPids(context),
        });
        windows[name].push(
          await cpuDuring(groups, () => sustained(me(balancer.url), { concurrency: SCALE_OUT.concurrency, durationMs: sliceMs })),
        );
      }
    }
    const a = combineWindows(windows.one);
    const b = combineWindows(windows.two);
    const gain = b.load.perSecond / a.load.perSecond;
    return [
      {
        part,
        name: "signed-in /me through nginx, 1 process",
        value: rate(a.load),
        note: `${errorNote(a.load)}; ${coresNote(a)}`,
      },
      {
        part,
        name: "signed-in /me through nginx, 2 processes",
        value: rate(b.load),
        note: `${errorNote(b.load)}; ${coresNote(b)}`,
      },
      {
        part,
        name: "2 processes / 1",
        value: `${gain.toFixed(2)}×`,
        goal: `≥ ${MORNING_GOALS.scaleOut}×`,
        pass: gain >= MORNING_GOALS.scaleOut && a.load.errors + b.load.errors === 0,
        note: `${scaleOutWhy(gain, a, b)}; ${nginx}; deploy/nginx/portal.conf; PORTAL_TRUSTED_PROXIES=127.0.0.1,::1; ${SCALE_OUT.concurrency} at once, ${SCALE_OUT.slices} alternating windows`,
      },
    ];
  } finally {
    one.stop();
    two.stop();
    await second.stop();
  }
}

/**
 * Why the gain is what it is, from the cores measured: a portal process runs its JavaScript on
 * one thread, so one process cannot use more than about one core, and a second one can add only
 * what the machine has left beside the first, PostgreSQL, nginx, the load generator and whatever
 * else runs on it (the neighbours: the machine's busy share minus this bench's processes).
 */
export function scaleOutWhy(gain: number, a: WindowsCpu, b: WindowsCpu): string {
  const cores = availableParallelism();
  const portal = (c: WindowsCpu) => Object.entries(c.cores).find(([n]) => n.startsWith("portal"))?.[1] ?? 0;
  const ours = (c: WindowsCpu) => Object.values(c.cores).reduce((n, v) => n + v, 0) + c.bench;
  const others = (c: WindowsCpu) => ours(c) - portal(c);
  const neighbours = (c: WindowsCpu) => (c.machine === null ? 0 : Math.max(0, c.machine * cores - ours(c)));
  const used = `the portal used ${portal(a).toFixed(2)} cores with one process and ${portal(b).toFixed(2)} with two; PostgreSQL, nginx and the bench client ${others(a).toFixed(2)} → ${others(b).toFixed(2)}`;
  // On a machine that other jobs keep full, the kernel shares the CPU by process: two portal
  // processes get about twice one's share, whatever the cores, so a gain there is no evidence.
  const shared =
    neighbours(a) + neighbours(b) > cores * 0.5
      ? `; the machine was shared (other processes: ${neighbours(a).toFixed(2)} and ${neighbours(b).toFixed(2)} cores): ` +
        "with the CPU split by process, two get more of it than one whatever the cores, so this ratio is not the goal's evidence"
      : "";
  if (gain >= MORNING_GOALS.scaleOut) return `${used}${shared}`;
  // The CPU per request is the same with one or two processes: the rate grows as the portal's cores do.
  const needed = portal(a) * MORNING_GOALS.scaleOut + others(b) * (MORNING_GOALS.scaleOut / Math.max(gain, 0.1));
  const available = cores - neighbours(b);
  if (b.machine !== null && b.machine >= 0.9)
    return (
      `${used}; the machine was ${(b.machine * 100).toFixed(0)}% busy with two, ${neighbours(b).toFixed(2)} cores of it other processes than this bench's: ` +
      `${MORNING_GOALS.scaleOut}× needs about ${needed.toFixed(2)} cores for this load and ${available.toFixed(2)} were left, so the second process had no core of its own (ADR 147)`
    );
  return `${used}${shared}; cores were left over (machine ${b.machine === null ? "?" : `${(b.machine * 100).toFixed(0)}%`} busy): the wait is elsewhere (the database pool, locks)`;
}

runPartAlone(import.meta.url, "Scale-out behind nginx (issue 14)", benchScaleOut);
