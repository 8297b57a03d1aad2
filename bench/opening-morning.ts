import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import type { Metric } from "../scripts/bench-support/report";
import { benchJourney } from "./morning/journey";
import { benchPublicReads } from "./morning/public-reads";
import { benchScaleOut } from "./morning/scale-out";
import { benchSignedInPages } from "./morning/signed-in";

/**
 * Issue 14, the opening morning at the machine's limit: every goal as a ratio against a static
 * file of the same server in the same run (a script chunk under /_next/static, Next's cheapest
 * answer), with the absolute figures beside it. One file per row family under bench/morning/
 * (shared.ts: goals, the static file, measuring in turns, BENCH_SCALE); run.ts lists each as a
 * part, so `BENCH_ONLY=signed-in`, `public reads`, `journey` or `scale-out` picks one. The
 * uploads' goal is in bench/uploads.ts, the ticket lookup's in bench/lookup.ts.
 *
 * `tsx bench/opening-morning.ts` runs the four together on one server.
 */
export { benchJourney, benchPublicReads, benchScaleOut, benchSignedInPages };

export async function benchOpeningMorning(context: BenchContext): Promise<Metric[]> {
  return [
    ...(await benchSignedInPages(context)),
    ...(await benchPublicReads(context)),
    ...(await benchJourney(context)),
    ...(await benchScaleOut(context)),
  ];
}

runPartAlone(import.meta.url, "Opening morning (issue 14)", benchOpeningMorning);
