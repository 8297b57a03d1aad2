import { availableParallelism } from "node:os";
import { ARGON2_AT_ONCE, hashPassword } from "../../lib/auth/password";
import { startAppServer } from "../../scripts/bench-support/app-server";
import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import { benchPeople } from "../../scripts/bench-support/fixtures";
import { ms, percentile } from "../../scripts/bench-support/load";
import { nginxPath, startNginx } from "../../scripts/bench-support/nginx";
import type { Metric } from "../../scripts/bench-support/report";
import { actionId } from "../../scripts/bench-support/server-actions";
import { JOURNEY, journeyRequestCount, raceRequestCount, replayedPrefetches, type JourneyRequestKind } from "./journey-requests";
import { capacityNote, verifyCpuMs } from "./journey-cost";
import { JOURNEY_KINDS, journeyRunner, newRecord, type Target } from "./journey-wave";
import { MORNING_GOALS, scaled } from "./shared";

/**
 * Issue 14, the opening morning (ADR 120): `JOURNEY.people` candidates with complete drafts
 * arrive evenly over `JOURNEY.arrivalMs`; each opens /login, signs in with the real password form
 * (the server action, argon2 and all), lands on /me, opens the application, goes on to the review
 * step and submits it (the route, ADR 053). Each from its own address, as behind the center's
 * proxy, so the per-IP login limit is not what is measured. `tsx bench/morning/journey.ts` runs
 * it alone.
 *
 * What each candidate sends is what Chromium sends on a phone with JavaScript (ADR 155): the
 * list in bench/morning/journey-requests.ts, held to the browser by
 * tests/e2e/journey-requests.spec.ts, replayed request by request with the browser's headers
 * (`RSC`, the router state tree, `Next-Url`, the prefetch headers, `Next-Action`, `_rsc`, Accept,
 * Origin on posts, the cookies the answers set) plus X-Forwarded-For, each answer read to the end.
 * The requests that bring a page go one after the other; the prefetches its links start go
 * together, at most six at once (Chromium's connections per host on HTTP/1.1), a link's head after
 * its tree; the next tap waits for them, as in the spec. Static files are left out (ADR 088).
 *
 * Besides the goals it prints what the morning cost: the server's CPU per journey and argon2's
 * share of it (CPU per verify measured here, times the logins), the cores the arrival rate needs,
 * and how busy the whole machine was (/proc/stat: other processes, the bench itself and
 * PostgreSQL included). When the goal is missed these rows say whether the machine was simply
 * full or something else made the wait.
 *
 * Then the same wave again, new candidates, through nginx to two portal processes (ADR 160): the
 * production shape of the README, one row printed beside the goal's, not instead of it.
 */
const JOURNEY_SIZE = { people: 1_000, arrivalMs: 60_000 } as const;
const PASSWORD = "Morning2025ok";
/**
 * After the wave, this many journeys one at a time, every request alone, on the now warm server:
 * its CPU (/proc, 10 ms ticks, summed) by kind of request, so the notes can say where a
 * journey's CPU goes. Not part of the wave's figures.
 */
const CALM_JOURNEYS = 30;

export async function benchJourney(context: BenchContext): Promise<Metric[]> {
  const part = "opening-morning journey";
  const count = scaled(JOURNEY_SIZE.people, 5);
  const arrivalMs = scaled(JOURNEY_SIZE.arrivalMs, 1_000);
  // The wave's candidates, then a few for the calm pass after it (one journey at a time).
  const calmCount = scaled(CALM_JOURNEYS, 5);
  const all = await benchPeople(context.database.db, { count: count + calmCount });
  const people = all.slice(0, count);
  // One argon2 hash for all: each login still verifies with the same parameters.
  const passwordHash = await hashPassword(PASSWORD);
  await context.database.db.user.updateMany({ where: { id: { in: all.map((p) => p.userId) } }, data: { passwordHash } });
  const oneVerify = await verifyCpuMs(passwordHash, PASSWORD);

  const loginId = actionId("app/[locale]/login/actions.ts", "loginAction");
  const { journey, wave, cpuByKind } = journeyRunner({ loginId, password: PASSWORD, arrivalMs });

  const direct: Target = { base: context.app.url, pids: [context.app.pid], record: newRecord() };
  const { failures, completed, wallMs, serverCpuMs, benchCpuMs, machineShare } = await wave(direct, people, 0);
  const { latencies, waitedFor } = direct.record;

  // The calm pass: what each kind of request costs the warm server, alone.
  let calmDone = 0;
  const calmFailures: string[] = [];
  for (const [j, person] of all.slice(count).entries()) {
    try {
      await journey(direct, person, count + j, true);
      calmDone += 1;
    } catch (error) {
      calmFailures.push(error instanceof Error ? error.message : String(error));
    }
  }
  const calmPerJourney = (kind: JourneyRequestKind) => (calmDone > 0 ? cpuByKind[kind].ms / calmDone : 0);
  const calmTotal = JOURNEY_KINDS.reduce((sum, kind) => sum + calmPerJourney(kind), 0);

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const p95 = percentile(sorted(Object.values(latencies).flat()), 95);
  const kindP95 = Object.entries(latencies)
    .filter(([, values]) => values.length > 0)
    .map(([kind, values]) => `${kind} ${ms(percentile(sorted(values), 95))}`)
    .join(", ");
  const waitedP95 = percentile(sorted(waitedFor), 95);
  const perJourney = journeyRequestCount();
  const waitedPerJourney = JOURNEY.reduce((sum, step) => sum + step.main.length, 0);

  const cores = availableParallelism();
  const logins = latencies.action.length;
  const argonMs = logins * oneVerify.cpuMs;
  // What the arrival rate asks of the server: its CPU per journey times journeys per second.
  const perJourneyMs = serverCpuMs !== null && completed > 0 ? serverCpuMs / completed : null;
  const arrivalsPerSecond = count / (arrivalMs / 1000);
  const serverCores = perJourneyMs !== null ? (perJourneyMs * arrivalsPerSecond) / 1000 : null;
  const benchCores = benchCpuMs / wallMs;
  const pass = completed === count && failures.length === 0 && p95 < MORNING_GOALS.journeyP95Ms;

  const balanced = await balancedWave();

  return [
    {
      part,
      name: `${count} candidates over ${(arrivalMs / 1000).toFixed(0)} s: completed`,
      value: `${completed} of ${count}`,
      goal: "all, 0 errors",
      pass: completed === count && failures.length === 0,
      note: failures[0]
        ? `${failures.length} failed: ${failures[0].slice(0, 100)}`
        : `${perJourney} requests each, as Chromium sends them on a phone (tests/e2e/journey-requests.spec.ts, ADR 155): ` +
          JOURNEY.map((step) => `${step.name} ${step.main.length}+${replayedPrefetches(step).length}`).join(", ") +
          ` (the page's own + its links' prefetches; ${raceRequestCount()} of them the prefetches again after the login, a race in the browser, sent in full)`,
    },
    {
      part,
      name: "p95 per request",
      value: ms(p95),
      goal: `< ${MORNING_GOALS.journeyP95Ms} ms`,
      pass: p95 < MORNING_GOALS.journeyP95Ms,
      note: `every request of the list; by kind: ${kindP95}`,
    },
    {
      part,
      name: "p95 of the requests a candidate waits for",
      value: ms(waitedP95),
      note:
        `the ${waitedPerJourney} per journey that bring a page (the login page, the sign-in, two taps, the photo, submit ` +
        "and the page after it), without the prefetches that the other row counts too",
    },
    {
      part,
      name: "server CPU per journey, calm",
      value: calmDone > 0 ? `${calmTotal.toFixed(0)} ms` : "n/a",
      note:
        `${calmDone} of ${calmCount} journeys one at a time after the wave, every request alone (/proc, 10 ms ticks): ` +
        JOURNEY_KINDS.filter((kind) => cpuByKind[kind].n > 0)
          .map(
            (kind) =>
              `${kind} ${calmPerJourney(kind).toFixed(0)} ms (${(cpuByKind[kind].ms / cpuByKind[kind].n).toFixed(1)} per request)`,
          )
          .join(", ") +
        (calmFailures[0] ? `; ${calmFailures.length} failed: ${calmFailures[0].slice(0, 80)}` : ""),
    },
    {
      part,
      name: "journeys/s",
      value: (completed / (wallMs / 1000)).toFixed(1),
      note: `arrivals ${arrivalsPerSecond.toFixed(1)}/s; wall ${(wallMs / 1000).toFixed(1)} s from the first arrival to the last answer`,
    },
    {
      part,
      name: "share of server CPU in argon2",
      value: serverCpuMs ? `${((argonMs / serverCpuMs) * 100).toFixed(0)}%` : "n/a (no /proc)",
      note:
        `argon2id m=19 MiB, t=2, p=1 (OWASP's second profile, lib/auth/password.ts, ADR 120): ${oneVerify.cpuMs.toFixed(0)} ms CPU ` +
        `(${ms(oneVerify.wallMs)} wall) per verify here; ${logins} logins ≈ ${(argonMs / 1000).toFixed(1)} s of ` +
        `${serverCpuMs ? (serverCpuMs / 1000).toFixed(1) : "?"} s server CPU; at most ${ARGON2_AT_ONCE} at once in libuv's pool. ` +
        "The login is meant to cost: a stolen hash must stay expensive to guess",
    },
    {
      part,
      name: "what the morning asks of this machine",
      value:
        serverCores !== null
          ? `server ${serverCores.toFixed(2)} + bench ${benchCores.toFixed(2)} of ${cores} cores`
          : `bench ${benchCores.toFixed(2)} of ${cores} cores`,
      note: capacityNote({
        pass,
        perJourneyMs,
        serverCores,
        benchCores,
        cores,
        machineShare,
        argonMsPerJourney: completed > 0 ? argonMs / completed : 0,
        arrivalsPerSecond,
      }),
    },
    ...balanced,
  ];

  /**
   * The same wave, new candidates, through Debian's nginx (deploy/nginx/portal.conf) to two
   * portal processes on the one PostgreSQL: the production shape of the README. Each process is
   * warmed first with a few journeys of its own. Printed beside the goal, not instead of it.
   */
  async function balancedWave(): Promise<Metric[]> {
    const name = "the same wave through nginx, 2 processes";
    if (!nginxPath()) return [{ part, name, value: "skipped", note: "nginx is not installed (apt-get install nginx)" }];
    const warmUp = 10;
    const more = await benchPeople(context.database.db, { count: count + 2 * warmUp });
    await context.database.db.user.updateMany({ where: { id: { in: more.map((p) => p.userId) } }, data: { passwordHash } });
    const second = await startAppServer(context.database.url, { quiet: true });
    const nginx = await startNginx([context.app.port, second.port]);
    try {
      const offset = count + calmCount;
      for (const [k, server] of [context.app, second].entries())
        for (let i = 0; i < warmUp; i++)
          await journey(
            { base: server.url, pids: [server.pid], record: newRecord() },
            more[count + k * warmUp + i]!,
            offset + count + k * warmUp + i,
          );
      const target: Target = { base: nginx.url, pids: [context.app.pid, second.pid], record: newRecord() };
      const run = await wave(target, more.slice(0, count), offset);
      const all = sorted(Object.values(target.record.latencies).flat());
      const perJourney = run.serverCpuMs !== null && run.completed > 0 ? run.serverCpuMs / run.completed : null;
      return [
        {
          part,
          name: `${name}: p95 per request`,
          value: ms(percentile(all, 95)),
          note:
            `${run.completed} of ${count} completed${run.failures[0] ? `, ${run.failures.length} failed: ${run.failures[0].slice(0, 80)}` : ", 0 errors"}; ` +
            `${(run.completed / (run.wallMs / 1000)).toFixed(1)} journeys/s; ` +
            `${perJourney !== null ? `${perJourney.toFixed(0)} ms server CPU per journey (both processes), ` : ""}` +
            `${run.serverCpuMs !== null ? `the two processes used ${(run.serverCpuMs / run.wallMs).toFixed(2)} cores, ` : ""}` +
            `bench client ${(run.benchCpuMs / run.wallMs).toFixed(2)}; the machine was ${run.machineShare !== null ? `${(run.machineShare * 100).toFixed(0)}%` : "?"} busy ` +
            "(/proc/stat, every process): the production shape (README), printed beside the goal's row above, not instead of it",
        },
      ];
    } finally {
      nginx.stop();
      await second.stop();
    }
  }
}

runPartAlone(import.meta.url, "Opening-morning journey (issue 14)", benchJourney);
