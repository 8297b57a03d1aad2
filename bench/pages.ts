import { gzipSync } from "node:zlib";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { combine, ms, sustained, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";

/**
 * Public pages (issue 6): requests per second of /calendar (a dynamic page reading the
 * database) beside a static page of the same server, and the first-load JavaScript of every
 * public page against the framework's floor.
 */
export const PUBLIC_PAGES = ["/", "/calendar", "/projects", "/institutions", "/eligibility", "/ticket"] as const;
/** The prerendered not-found page: the same server, no data, no rendering per request. */
export const STATIC_PAGE = "/_not-found";
export const PAGE_GOALS = { ratio: 0.5, overFloorKb: 20 } as const;
const LOAD = { concurrency: 20, durationMs: 8_000, slices: 4 } as const;

/**
 * Both pages in turns (`slices` windows each, one after the other), so that whatever else the
 * machine does at the time (a GC left by the previous part, a neighbour's job) weighs on both
 * alike: the ratio is the goal, and one page measured at a busy moment and the other at a quiet
 * one made it swing from 0.4 to 0.6 between runs.
 */
async function rates(baseUrl: string): Promise<{ calendar: LoadResult; still: LoadResult }> {
  const getter = (path: string, okStatus: number) => async () => {
    const response = await fetch(`${baseUrl}${path}`);
    await response.arrayBuffer();
    return response.status === okStatus;
  };
  const pages = { calendar: getter("/calendar", 200), still: getter(STATIC_PAGE, 404) };
  for (let i = 0; i < 20; i++) await Promise.all([pages.calendar(), pages.still()]); // warm-up
  const windows = { calendar: [] as LoadResult[], still: [] as LoadResult[] };
  const slice = { concurrency: LOAD.concurrency, durationMs: LOAD.durationMs / LOAD.slices };
  for (let i = 0; i < LOAD.slices; i++) {
    windows.calendar.push(await sustained(pages.calendar, slice));
    windows.still.push(await sustained(pages.still, slice));
  }
  return { calendar: combine(windows.calendar), still: combine(windows.still) };
}

/** The page's <script src> chunks (Next's first-load JavaScript). */
async function scriptsOf(baseUrl: string, path: string): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  return [
    ...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith("/_next/"))),
  ];
}

export async function benchPages({ app }: BenchContext): Promise<Metric[]> {
  const { calendar, still } = await rates(app.url);
  const ratio = calendar.perSecond / still.perSecond;
  const part = "public pages";
  const metrics: Metric[] = [
    {
      part,
      name: "GET /calendar",
      value: `${calendar.perSecond.toFixed(0)}/s, p95 ${ms(calendar.p95)}`,
      note: `${LOAD.concurrency} at a time for ${LOAD.durationMs / 1000} s in ${LOAD.slices} turns with the static page, ${calendar.errors} errors`,
    },
    {
      part,
      name: `GET ${STATIC_PAGE} (static)`,
      value: `${still.perSecond.toFixed(0)}/s, p95 ${ms(still.p95)}`,
      note: `${still.errors} errors`,
    },
    {
      part,
      name: "ratio calendar / static",
      value: ratio.toFixed(2),
      goal: `≥ ${PAGE_GOALS.ratio}`,
      pass: ratio >= PAGE_GOALS.ratio,
    },
  ];

  const gz = new Map<string, number>();
  const sizeOf = async (src: string) => {
    if (!gz.has(src)) gz.set(src, gzipSync(Buffer.from(await (await fetch(`${app.url}${src}`)).arrayBuffer())).length);
    return gz.get(src)!;
  };
  const pages = new Map<string, string[]>();
  for (const path of [...PUBLIC_PAGES, STATIC_PAGE]) pages.set(path, await scriptsOf(app.url, path));
  // The floor: what every page loads whatever it shows (framework, router, root layout).
  const floor = [...pages.values()].reduce((common, scripts) => common.filter((s) => scripts.includes(s)));
  const floorKb = (await Promise.all(floor.map(sizeOf))).reduce((a, b) => a + b, 0) / 1024;
  const emptyKb = (await Promise.all((pages.get(STATIC_PAGE) ?? []).map(sizeOf))).reduce((a, b) => a + b, 0) / 1024;
  metrics.push({
    part,
    name: "first-load JS floor (gzip)",
    value: `${floorKb.toFixed(1)} KB`,
    note: `chunks every page loads; the empty not-found page loads ${emptyKb.toFixed(1)} KB`,
  });
  for (const path of PUBLIC_PAGES) {
    const scripts = pages.get(path) ?? [];
    const totalKb = (await Promise.all(scripts.map(sizeOf))).reduce((a, b) => a + b, 0) / 1024;
    const over = totalKb - floorKb;
    metrics.push({
      part,
      name: `first-load JS ${path}`,
      value: `${totalKb.toFixed(1)} KB (+${over.toFixed(1)})`,
      goal: `≤ floor + ${PAGE_GOALS.overFloorKb} KB`,
      pass: over <= PAGE_GOALS.overFloorKb,
    });
  }
  return metrics;
}

runPartAlone(import.meta.url, "Public pages", benchPages);
