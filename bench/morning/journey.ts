import { availableParallelism } from "node:os";
import { verify } from "@node-rs/argon2";
import { ARGON2_AT_ONCE, hashPassword } from "../../lib/auth/password";
import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import { benchPeople, type BenchPerson } from "../../scripts/bench-support/fixtures";
import { ms, percentile } from "../../scripts/bench-support/load";
import type { Metric } from "../../scripts/bench-support/report";
import { actionId, callAction } from "../../scripts/bench-support/server-actions";
import { cpuMsOf, getter, machineBusy, MORNING_GOALS, scaled } from "./shared";

/**
 * Issue 14, the opening morning (ADR 120): `JOURNEY.people` candidates with complete drafts
 * arrive evenly over `JOURNEY.arrivalMs`; each signs in with the real password form (the server
 * action, argon2 and all), opens /me, opens the application and submits it (the route, ADR 053).
 * Each from its own address, as behind the center's proxy, so the per-IP login limit is not what
 * is measured. `tsx bench/morning/journey.ts` runs it alone.
 *
 * Besides the goals it prints what the morning cost: the server's CPU per journey and argon2's
 * share of it (CPU per verify measured here, times the logins), the cores the arrival rate needs,
 * and how busy the whole machine was (/proc/stat: other processes, the bench itself and
 * PostgreSQL included). When the goal is missed these rows say whether the machine was simply
 * full or something else made the wait.
 */
const JOURNEY = { people: 1_000, arrivalMs: 60_000 } as const;
const PASSWORD = "Morning2025ok";

type Step = "login" | "me" | "application" | "submit";

/** CPU (not wall) time of one argon2id verify with the portal's parameters, in this process. */
async function verifyCpuMs(passwordHash: string): Promise<{ cpuMs: number; wallMs: number }> {
  await verify(passwordHash, PASSWORD); // warm-up
  const rounds = 8;
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < rounds; i++) await verify(passwordHash, PASSWORD);
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / rounds, wallMs: (performance.now() - t) / rounds };
}

export async function benchJourney(context: BenchContext): Promise<Metric[]> {
  const part = "opening-morning journey";
  const count = scaled(JOURNEY.people, 5);
  const arrivalMs = scaled(JOURNEY.arrivalMs, 1_000);
  const people = await benchPeople(context.database.db, { count });
  // One argon2 hash for all: each login still verifies with the same parameters.
  const passwordHash = await hashPassword(PASSWORD);
  await context.database.db.user.updateMany({ where: { id: { in: people.map((p) => p.userId) } }, data: { passwordHash } });
  const oneVerify = await verifyCpuMs(passwordHash);

  const loginId = actionId("app/[locale]/login/actions.ts", "loginAction");
  const base = context.app.url;
  const latencies: Record<Step, number[]> = { login: [], me: [], application: [], submit: [] };
  const failures: string[] = [];
  const timed = async (step: Step, run: () => Promise<void>) => {
    const t = performance.now();
    await run();
    latencies[step].push(performance.now() - t);
  };
  const journey = async (person: BenchPerson, i: number) => {
    const address = `10.${100 + Math.floor(i / 65_000)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
    let cookie = "";
    await timed("login", async () => {
      const form = new FormData();
      form.set("login", person.idNumber);
      form.set("password", PASSWORD);
      const answer = await callAction({
        baseUrl: base,
        page: "/login",
        id: loginId,
        args: [null, form],
        headers: { "X-Forwarded-For": address },
      });
      const session = answer.setCookies.find((c) => c.startsWith("authjs.session-token="));
      if (!session) throw new Error(`login: HTTP ${answer.status}, no session cookie`);
      cookie = session.split(";")[0]!;
    });
    const get = (step: "me" | "application", pathname: string) =>
      timed(step, async () => {
        await getter(`${base}${pathname}`, { headers: { Cookie: cookie, "X-Forwarded-For": address } })();
      });
    await get("me", "/me");
    await get("application", `/me/applications/${person.applicationId}`);
    await timed("submit", async () => {
      const response = await fetch(`${base}/api/applications/${person.applicationId}/submit`, {
        method: "POST",
        headers: { Cookie: cookie, Origin: base, "X-Forwarded-For": address },
      });
      const body = (await response.json()) as { ok?: boolean; formError?: string };
      if (!response.ok || body.ok !== true) throw new Error(`submit: HTTP ${response.status} ${body.formError ?? ""}`);
    });
  };

  const serverBefore = cpuMsOf(context.app.pid);
  const benchBefore = process.cpuUsage();
  const busyBefore = machineBusy();
  const started = performance.now();
  let completed = 0;
  await Promise.all(
    people.map(async (person, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i * arrivalMs) / count));
      try {
        await journey(person, i);
        completed += 1;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }),
  );
  const wallMs = performance.now() - started;
  const serverAfter = cpuMsOf(context.app.pid);
  const benchUsed = process.cpuUsage(benchBefore);
  const busyAfter = machineBusy();

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const p95 = percentile(sorted(Object.values(latencies).flat()), 95);
  const stepP95 = Object.entries(latencies)
    .map(([step, values]) => `${step} ${ms(percentile(sorted(values), 95))}`)
    .join(", ");

  const cores = availableParallelism();
  const logins = latencies.login.length;
  const argonMs = logins * oneVerify.cpuMs;
  const serverCpuMs = serverBefore !== null && serverAfter !== null ? serverAfter - serverBefore : null;
  const benchCpuMs = (benchUsed.user + benchUsed.system) / 1000;
  const busy = busyBefore && busyAfter ? busyAfter.busy - busyBefore.busy : null;
  const total = busyBefore && busyAfter ? busyAfter.total - busyBefore.total : null;
  const machineShare = busy !== null && total ? busy / total : null;
  // What the arrival rate asks of the server: its CPU per journey times journeys per second.
  const perJourneyMs = serverCpuMs !== null && completed > 0 ? serverCpuMs / completed : null;
  const arrivalsPerSecond = count / (arrivalMs / 1000);
  const serverCores = perJourneyMs !== null ? (perJourneyMs * arrivalsPerSecond) / 1000 : null;
  const benchCores = benchCpuMs / wallMs;
  const pass = completed === count && failures.length === 0 && p95 < MORNING_GOALS.journeyP95Ms;

  return [
    {
      part,
      name: `${count} candidates over ${(arrivalMs / 1000).toFixed(0)} s: completed`,
      value: `${completed} of ${count}`,
      goal: "all, 0 errors",
      pass: completed === count && failures.length === 0,
      note: failures[0]
        ? `${failures.length} failed: ${failures[0].slice(0, 100)}`
        : "login (password form), /me, application, submit",
    },
    {
      part,
      name: "p95 per request",
      value: ms(p95),
      goal: `< ${MORNING_GOALS.journeyP95Ms} ms`,
      pass: p95 < MORNING_GOALS.journeyP95Ms,
      note: stepP95,
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
  ];
}

/**
 * Why the goal was met or missed, in words. Two ceilings: the machine's cores, and the one
 * thread a Node process runs its JavaScript on. argon2 runs on libuv's pool (ADR 120), so the
 * rest of the server's CPU per journey, times the arrival rate, is what the one event loop is
 * asked for: above one core it cannot keep up whatever the machine has left, the queue grows for
 * the whole wave and the p95 is the length of that queue, not of a request (ADR 147).
 */
export function capacityNote(input: {
  pass: boolean;
  perJourneyMs: number | null;
  serverCores: number | null;
  benchCores: number;
  cores: number;
  machineShare: number | null;
  argonMsPerJourney: number;
  arrivalsPerSecond: number;
}): string {
  const { pass, perJourneyMs, serverCores, benchCores, cores, machineShare, argonMsPerJourney, arrivalsPerSecond } = input;
  const perJourney = perJourneyMs !== null ? `${perJourneyMs.toFixed(0)} ms server CPU per journey; ` : "";
  const machine =
    machineShare !== null ? `the machine was ${(machineShare * 100).toFixed(0)}% busy (/proc/stat, every process)` : "";
  if (pass) return `${perJourney}${machine}`;
  const loopCores = perJourneyMs !== null ? ((perJourneyMs - argonMsPerJourney) * arrivalsPerSecond) / 1000 : null;
  if (loopCores !== null && loopCores >= 0.9)
    return (
      `${perJourney}${machine}. One portal process runs its JavaScript on one thread: without argon2 (off-thread) a journey ` +
      `costs ${(perJourneyMs! - argonMsPerJourney).toFixed(0)} ms of it, × ${arrivalsPerSecond.toFixed(1)} arrivals/s = ` +
      `${loopCores.toFixed(2)} cores asked of one event loop, which gives at most 1: requests queue for the whole wave, ` +
      `so the p95 is the queue's length, not a request's. More processes (the scale-out row) are the way, and ` +
      `server ${(serverCores ?? 0).toFixed(2)} + bench ${benchCores.toFixed(2)} + PostgreSQL of ${cores} cores leaves them little here: ` +
      "not reachable on this machine as measured (ADR 147)"
    );
  const needed = (serverCores ?? 0) + benchCores;
  if (needed >= cores * 0.85 || (machineShare !== null && machineShare >= 0.9))
    return (
      `${perJourney}${machine}: the goal needs spare CPU for the queue to drain, and ${cores} cores had none ` +
      "(server, bench client, PostgreSQL and any other load share them): not reachable here as measured"
    );
  return `${perJourney}${machine}: CPU was left over, so the wait came from elsewhere (locks, the pool, one slow step: see the p95 per step)`;
}

runPartAlone(import.meta.url, "Opening-morning journey (issue 14)", benchJourney);
