/**
 * A small load generator (autocannon is not a dependency): closed-loop workers over Node's
 * built-in fetch (undici, keep-alive), latencies per request, percentiles by nearest rank.
 */

export interface LoadResult {
  requests: number;
  errors: number;
  wallMs: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first few error messages, for the report. */
  samples: string[];
  latencies: number[];
}

/** One request: resolves true on success, false (or throws) on failure. */
export type Task = () => Promise<boolean>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

function summarize(latencies: number[], errors: number, wallMs: number, samples: string[]): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    wallMs,
    perSecond: (latencies.length - errors) / (wallMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    samples,
    latencies,
  };
}

/** Several bursts as one: rate over the summed wall time, percentiles over every request. */
export function combine(results: readonly LoadResult[]): LoadResult {
  const latencies = results.flatMap((r) => r.latencies);
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const wallMs = results.reduce((n, r) => n + r.wallMs, 0);
  return summarize(latencies, errors, wallMs, results.flatMap((r) => r.samples).slice(0, 5));
}

async function timed(task: Task, latencies: number[], failures: { count: number; samples: string[] }): Promise<void> {
  const started = performance.now();
  let ok = false;
  try {
    ok = await task();
  } catch (error) {
    if (failures.samples.length < 5) failures.samples.push(error instanceof Error ? error.message : String(error));
  }
  latencies.push(performance.now() - started);
  if (!ok) failures.count += 1;
}

/** Every task at once (a surge): wall time from the first send to the last answer. */
export async function burst(tasks: readonly Task[]): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures = { count: 0, samples: [] as string[] };
  const started = performance.now();
  await Promise.all(tasks.map((task) => timed(task, latencies, failures)));
  return summarize(latencies, failures.count, performance.now() - started, failures.samples);
}

/** `concurrency` workers repeating `task` for `durationMs` (a steady rate). */
export async function sustained(task: Task, options: { concurrency: number; durationMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const failures = { count: 0, samples: [] as string[] };
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await timed(task, latencies, failures);
    }),
  );
  return summarize(latencies, failures.count, performance.now() - started, failures.samples);
}

export const ms = (value: number): string => `${value.toFixed(0)} ms`;
