import { availableParallelism } from "node:os";
import { ARGON2_AT_ONCE, hashPassword } from "../../lib/auth/password";
import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import { benchPeople, type BenchPerson } from "../../scripts/bench-support/fixtures";
import { ms, percentile } from "../../scripts/bench-support/load";
import type { Metric } from "../../scripts/bench-support/report";
import { actionId, encodeReply } from "../../scripts/bench-support/server-actions";
import {
  describe,
  forApplication,
  JOURNEY,
  journeyRequestCount,
  raceRequestCount,
  replayedPrefetches,
  rscSearchParam,
  type JourneyRequest,
  type JourneyRequestKind,
} from "./journey-requests";
import { atMost, BROWSER_CONNECTIONS, BROWSER_ENCODINGS, chains, CookieJar, failureText, loginForm } from "./journey-browser";
import { capacityNote, verifyCpuMs } from "./journey-cost";
import { cpuMsOf, machineBusy, MORNING_GOALS, scaled } from "./shared";
import { startAppServer } from "../../scripts/bench-support/app-server";
import { nginxPath, startNginx } from "../../scripts/bench-support/nginx";

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
  const kinds: JourneyRequestKind[] = ["document", "action", "navigation", "image", "api", "prefetch-tree", "prefetch-head"];
  /** What one wave's requests took (wall ms): by kind, and those a candidate waits for. */
  type Record_ = { latencies: Record<JourneyRequestKind, number[]>; waitedFor: number[] };
  const newRecord = (): Record_ => ({
    latencies: Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<JourneyRequestKind, number[]>,
    waitedFor: [],
  });

  /** Server CPU by kind of request, summed over the calm pass (the wave's requests overlap: no share of them can be told). */
  const cpuByKind = Object.fromEntries(kinds.map((kind) => [kind, { ms: 0, n: 0 }])) as Record<
    JourneyRequestKind,
    { ms: number; n: number }
  >;
  /** Where a wave is sent: its address and the portal processes behind it (their CPU from /proc). */
  type Target = { base: string; pids: readonly number[]; record: Record_ };
  const serverCpu = (target: Target) => {
    const values = target.pids.map(cpuMsOf);
    return values.every((v) => v !== null) ? values.reduce((n: number, v) => n + v, 0) : null;
  };
  const journey = async (target: Target, person: BenchPerson, i: number, calm = false) => {
    const base = target.base;
    const address = `10.${100 + Math.floor(i / 65_000)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
    const jar = new CookieJar();
    let loginPage = "";
    let photoVersion: string | undefined;
    /** Sends one request of the list as the browser does, reads the answer to the end and checks it. */
    const send = async (listed: JourneyRequest, waited: boolean) => {
      const request = forApplication(listed, person.applicationId);
      const url = new URL(`${base}${request.path}`);
      if (request.query.includes("_rsc")) url.searchParams.set("_rsc", await rscSearchParam(request.headers));
      if (request.query.includes("v")) {
        if (!photoVersion) throw new Error(`${describe(listed)}: the review showed no photo`);
        url.searchParams.set("v", photoVersion);
      }
      const headers: Record<string, string> = { "Accept-Encoding": BROWSER_ENCODINGS, "X-Forwarded-For": address };
      for (const [name, value] of Object.entries(request.headers)) {
        if (name === "next-action") headers[name] = loginId;
        else if (name === "next-router-state-tree") headers[name] = encodeURIComponent(value);
        else headers[name] = value;
      }
      if (jar.header()) headers.Cookie = jar.header();
      let body: FormData | string | undefined;
      if (request.method === "POST") headers.Origin = base;
      if (request.kind === "action") {
        const encoded = await encodeReply([null, loginForm(loginPage, { login: person.idNumber, password: PASSWORD })]);
        body = encoded;
        if (typeof encoded === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
      }
      const cpuBefore = calm ? serverCpu(target) : null;
      const t = performance.now();
      const response = await fetch(url, { method: request.method, headers, body, redirect: "manual" });
      const text = await response.text();
      const elapsed = performance.now() - t;
      const cpuAfter = calm ? serverCpu(target) : null;
      if (!calm) {
        target.record.latencies[request.kind].push(elapsed);
        if (waited) target.record.waitedFor.push(elapsed);
      } else if (cpuBefore !== null && cpuAfter !== null) {
        cpuByKind[request.kind].ms += cpuAfter - cpuBefore;
        cpuByKind[request.kind].n += 1;
      }
      jar.take(response);
      const type = response.headers.get("content-type") ?? "";
      const wrong = (why: string) => new Error(`${describe(listed)}: HTTP ${response.status}, ${why}`);
      if (response.status !== 200) throw wrong("not 200");
      if (request.kind === "document") loginPage = text;
      if (request.kind === "action") {
        // The redirect's answer carries /me (Next renders it by an internal RSC GET): no /me of the browser's own.
        if (!response.headers.get("x-action-redirect")?.endsWith("/me;push")) throw wrong("no redirect to /me");
        if (!jar.has("authjs.session-token")) throw wrong("no session cookie");
      }
      if (
        request.kind !== "document" &&
        request.kind !== "image" &&
        request.kind !== "api" &&
        !type.startsWith("text/x-component")
      )
        throw wrong(`${type} instead of an RSC payload`);
      if (request.kind === "navigation" && request.path.endsWith("/edit/review"))
        photoVersion = /attachments\/PHOTO\?v=(\d+)/.exec(text)?.[1];
      if (request.kind === "image" && !type.startsWith("image/")) throw wrong(type);
      if (request.kind === "api") {
        const result = JSON.parse(text) as { ok?: boolean; formError?: string };
        if (result.ok !== true) throw wrong(result.formError ?? "not ok");
      }
    };
    for (const step of JOURNEY) {
      for (const request of step.main) await send(request, true);
      await atMost(calm ? 1 : BROWSER_CONNECTIONS, chains(replayedPrefetches(step)), async (chain) => {
        for (const request of chain) await send(request, false);
      });
    }
  };

  /** `wavePeople` arrive evenly over the arrival time at `target`, each walking the journey once. */
  const wave = async (target: Target, wavePeople: readonly BenchPerson[], offset: number) => {
    const failures: string[] = [];
    const serverBefore = serverCpu(target);
    const benchBefore = process.cpuUsage();
    const busyBefore = machineBusy();
    const started = performance.now();
    let completed = 0;
    await Promise.all(
      wavePeople.map(async (person, i) => {
        await new Promise((resolve) => setTimeout(resolve, (i * arrivalMs) / wavePeople.length));
        try {
          await journey(target, person, offset + i);
          completed += 1;
        } catch (error) {
          failures.push(failureText(error));
        }
      }),
    );
    const wallMs = performance.now() - started;
    const serverAfter = serverCpu(target);
    const benchUsed = process.cpuUsage(benchBefore);
    const busyAfter = machineBusy();
    const busy = busyBefore && busyAfter ? busyAfter.busy - busyBefore.busy : null;
    const total = busyBefore && busyAfter ? busyAfter.total - busyBefore.total : null;
    return {
      failures,
      completed,
      wallMs,
      serverCpuMs: serverBefore !== null && serverAfter !== null ? serverAfter - serverBefore : null,
      benchCpuMs: (benchUsed.user + benchUsed.system) / 1000,
      machineShare: busy !== null && total ? busy / total : null,
    };
  };

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
  const calmTotal = kinds.reduce((sum, kind) => sum + calmPerJourney(kind), 0);

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
        kinds
          .filter((kind) => cpuByKind[kind].n > 0)
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
