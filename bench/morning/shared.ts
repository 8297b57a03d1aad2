import { readFileSync } from "node:fs";
import { sustained, combine, ms, type LoadResult, type Task } from "../../scripts/bench-support/load";

/**
 * What the issue-14 parts share (bench/morning/*.ts, ADR 088–092, 120–122): the goals, the
 * static file every rate is a ratio to, measuring in turns with it, BENCH_SCALE.
 *
 * BENCH_SCALE (default 1) shrinks every duration and count, e.g. BENCH_SCALE=0.05 to check that
 * the parts run at all on a shared machine; the figures of such a run mean nothing.
 */
export const SCALE = Math.min(1, Math.max(0.01, Number(process.env.BENCH_SCALE ?? "1") || 1));
export const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * SCALE));

export const MORNING_GOALS = {
  signedInRatio: 0.05,
  signedInP95Ms: 500,
  publicRatio: 0.5,
  journeyP95Ms: 1000,
  scaleOut: 1.6,
} as const;

export const getter =
  (url: string, init: RequestInit = {}, okStatus = 200): Task =>
  async () => {
    const response = await fetch(url, { redirect: "manual", ...init });
    await response.arrayBuffer();
    if (response.status !== okStatus) throw new Error(`${url.replace(/^https?:\/\/[^/]+/, "")}: HTTP ${response.status}`);
    return true;
  };

/** A script chunk of the home page: Next's static file path, the server's physical limit here. */
export async function staticFile(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const src = [...html.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!)[0];
  if (!src) throw new Error("no /_next/static script on the home page");
  return `${baseUrl}${src}`;
}

/**
 * Each page and the static file in turns (`slices` windows each), so both see the same moments
 * of a shared machine (ADR 050's lesson); a short warm-up first.
 */
export async function inTurns(
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

export const rate = (r: LoadResult) => `${r.perSecond.toFixed(0)}/s, p95 ${ms(r.p95)}`;
export const errorNote = (r: LoadResult) => `${r.errors} errors${r.samples[0] ? `: ${r.samples[0].slice(0, 80)}` : ""}`;

/** CPU time (user + system) of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Busy and total jiffies of the whole machine so far (Linux /proc/stat), every process included. */
export function machineBusy(): { busy: number; total: number } | null {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
    const total = cpu.slice(0, 8).reduce((sum, n) => sum + n, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Where the CPU of a window went, in cores (CPU seconds per second of wall time): each named
 * group of processes (from /proc), this bench process (`process.cpuUsage`) and the whole
 * machine (/proc/stat, every process: the neighbours too). `groups` is asked again at the end,
 * so processes that appeared during the window (a new PostgreSQL backend) are counted from 0.
 */
export async function cpuDuring<T>(
  groups: () => Promise<Record<string, number[]>>,
  run: () => Promise<T>,
): Promise<{ result: T; cores: Record<string, number>; bench: number; machine: number | null; wallMs: number }> {
  const before = new Map<number, number>();
  for (const pids of Object.values(await groups())) for (const pid of pids) before.set(pid, cpuMsOf(pid) ?? 0);
  const benchBefore = process.cpuUsage();
  const busyBefore = machineBusy();
  const t = performance.now();
  const result = await run();
  const wallMs = performance.now() - t;
  const bench = process.cpuUsage(benchBefore);
  const busyAfter = machineBusy();
  const cores: Record<string, number> = {};
  for (const [name, pids] of Object.entries(await groups())) {
    const used = pids.reduce((sum, pid) => sum + Math.max(0, (cpuMsOf(pid) ?? 0) - (before.get(pid) ?? 0)), 0);
    cores[name] = used / wallMs;
  }
  const machine =
    busyBefore && busyAfter && busyAfter.total > busyBefore.total
      ? (busyAfter.busy - busyBefore.busy) / (busyAfter.total - busyBefore.total)
      : null;
  return { result, cores, bench: (bench.user + bench.system) / 1000 / wallMs, machine, wallMs };
}
