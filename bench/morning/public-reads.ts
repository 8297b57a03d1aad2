import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import type { Task } from "../../scripts/bench-support/load";
import type { Metric } from "../../scripts/bench-support/report";
import { errorNote, getter, inTurns, MORNING_GOALS, rate, staticFile } from "./shared";

/**
 * Issue 14, public reads (ADR 088): 50 at once on the cached pages and the `/api/v1` GETs, in
 * turns with the static file. `tsx bench/morning/public-reads.ts` runs it alone.
 */
const PUBLIC = { concurrency: 50, msPerPage: 2_000, slices: 2 } as const;

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

runPartAlone(import.meta.url, "Public reads (issue 14)", benchPublicReads);
