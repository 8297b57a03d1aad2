import { BENCH_AUTH_SECRET, startAppServer } from "../scripts/bench-support/app-server";
import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople } from "../scripts/bench-support/fixtures";
import type { Metric } from "../scripts/bench-support/report";
import { sessionCookie } from "../scripts/bench-support/session-cookie";

/**
 * Two app instances on one database (issue 6, ADR 043): submissions spread over both, one
 * instance SIGKILLed a third of the way through; a request that got no answer is sent again to
 * the survivor (what a load balancer or the candidate pressing again does). Afterwards every
 * acknowledged submission must be stored, and none twice.
 */
export const TWO = { people: 300, concurrency: 20 } as const;

type Outcome = "acknowledged" | "already-submitted" | "failed";

export interface TwoInstanceVerdict {
  acknowledged: number;
  alreadySubmitted: number;
  failed: number;
  retried: number;
  lost: number;
  doubled: number;
  killedAfterMs: number;
  inFlightAtKill: number;
}

export async function twoInstances(context: BenchContext): Promise<TwoInstanceVerdict> {
  const { db } = context.database;
  const second = await startAppServer(context.database.url);
  const servers = [context.app.url, second.url];
  const people = await benchPeople(db, { count: TWO.people });
  const cookies = await Promise.all(
    people.map((p) => sessionCookie({ id: p.userId, kind: "CANDIDATE", displayName: p.name }, BENCH_AUTH_SECRET)),
  );
  const outcomes = new Map<string, Outcome>();
  let secondAlive = true;
  let retried = 0;
  let done = 0;
  let killedAfterMs = 0;
  let inFlightAtKill = 0;
  /** Requests sent to B and not answered yet: the kill must catch some (else it proves nothing). */
  let inFlightToB = 0;
  const started = performance.now();

  const submit = async (i: number): Promise<void> => {
    const person = people[i]!;
    // The browser's path (ADR 053): the submit route, answered with the action's result type.
    const call = async (baseUrl: string) => {
      const answer = await fetch(`${baseUrl}/api/applications/${person.applicationId}/submit`, {
        method: "POST",
        headers: { Cookie: cookies[i]!, Origin: baseUrl },
      });
      return (await answer.json()) as { ok: boolean; formError?: string | null };
    };
    let response;
    const toB = servers[i % 2] === second.url;
    if (toB) inFlightToB += 1;
    try {
      response = await call(servers[i % 2]!);
    } catch {
      retried += 1; // no answer: the instance died; the same request goes to the other one
      response = await call(servers[0]!).catch(() => null);
    } finally {
      if (toB) inFlightToB -= 1;
    }
    const outcome: Outcome = response?.ok
      ? "acknowledged"
      : response?.formError === "errors.application.locked"
        ? "already-submitted"
        : "failed";
    outcomes.set(person.applicationId, outcome);
    done += 1;
    if (secondAlive && done >= TWO.people / 3 && inFlightToB > 0) {
      secondAlive = false;
      killedAfterMs = performance.now() - started;
      inFlightAtKill = inFlightToB;
      servers[1] = servers[0]!; // the balancer notices and stops sending there
      await second.kill();
    }
  };

  let next = 0;
  await Promise.all(
    Array.from({ length: TWO.concurrency }, async () => {
      while (next < people.length) await submit(next++);
    }),
  );
  if (secondAlive) await second.kill();

  const rows = await db.application.findMany({
    where: { id: { in: people.map((p) => p.applicationId) } },
    select: { id: true, status: true, _count: { select: { events: { where: { toStatus: "SUBMITTED" } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const count = (o: Outcome) => [...outcomes.values()].filter((x) => x === o).length;
  return {
    acknowledged: count("acknowledged"),
    alreadySubmitted: count("already-submitted"),
    failed: count("failed"),
    retried,
    lost: [...outcomes].filter(([appId, o]) => o === "acknowledged" && byId.get(appId)?.status !== "SUBMITTED").length,
    doubled: rows.filter((r) => r._count.events > 1).length,
    killedAfterMs,
    inFlightAtKill,
  };
}

export async function benchTwoInstances(context: BenchContext): Promise<Metric[]> {
  const v = await twoInstances(context);
  const part = "two instances, one killed";
  return [
    {
      part,
      name: "acknowledged submissions lost",
      value: String(v.lost),
      goal: "0",
      pass: v.lost === 0,
      note: `${v.acknowledged} acknowledged of ${TWO.people}; instance B SIGKILLed after ${(v.killedAfterMs / 1000).toFixed(1)} s with ${v.inFlightAtKill} requests in flight; ${v.retried} unanswered ones re-sent to A`,
    },
    {
      part,
      name: "submissions stored twice",
      value: String(v.doubled),
      goal: "0",
      pass: v.doubled === 0,
      note: `${v.alreadySubmitted} re-sent ones found B had committed (answered "already submitted"); ${v.failed} failed otherwise`,
    },
  ];
}

runPartAlone(import.meta.url, "Two instances", benchTwoInstances);
