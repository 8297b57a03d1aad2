import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ensureCatalog } from "../support/seed";
import { killRepeatedly, removeWorkerBundle, workerBundle } from "./harness";
import { CRASH_OPERATIONS, type CrashOperationName } from "./operations";

/**
 * One crash test (issue 6): prepare the work, SIGKILL a worker doing it `kills` times at random
 * moments, then check that nothing is half done, finish the rest in-process (the retry must
 * succeed) and check again. PostgreSQL rolls back what a dead process left open; these tests
 * show the use cases put every write of a step in that one transaction.
 */
/**
 * Kills in a full run: CRASH_KILLS=100 spreads 100 over the operations by their `share`. Each
 * kill costs a Node start (about 1 s of CPU, mostly Prisma compiling its queries), so `npm test`
 * runs 40 of them to stay within the CI budget; docs/decisions/042 records the choice.
 */
export const TOTAL_KILLS = Number(process.env.CRASH_KILLS ?? 40);

export function crashCase(name: CrashOperationName, share: number, itemsPerKill = 12): void {
  const kills = Math.max(2, Math.round((share * TOTAL_KILLS) / 100));
  beforeAll(async () => {
    await ensureCatalog();
    await workerBundle();
  });
  afterAll(removeWorkerBundle);

  it(`${name}, SIGKILLed ${kills} times at random moments: no partial rows, and a retry succeeds`, async () => {
    const operation = (await CRASH_OPERATIONS[name]()).default;
    const tag = `crash-${name}-${randomBytes(4).toString("hex")}`;
    await operation.prepare(tag, kills * itemsPerKill);
    const started = performance.now();
    const report = await killRepeatedly(name, tag, kills);
    console.info(
      `[crash] ${name}: ${kills} kills in ${((performance.now() - started) / 1000).toFixed(1)} s, ${report.midWork} while working`,
    );
    expect(report.midWork, "kills that landed while the worker still had work").toBeGreaterThan(kills / 2);
    expect(await operation.check(tag)).toEqual([]);
    await operation.finish(tag);
    expect(await operation.check(tag)).toEqual([]);
    // Each kill costs a Node start (~1 s of CPU, mostly Prisma compiling its queries); on a
    // shared 2-core machine that is slower, hence the long timeout.
  }, 150_000);
}
