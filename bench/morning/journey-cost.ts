import { verify } from "@node-rs/argon2";

/** What the opening-morning journey (bench/morning/journey.ts) costs, and why its goal was met or missed. */

/** CPU (not wall) time of one argon2id verify with the portal's parameters, in this process. */
export async function verifyCpuMs(passwordHash: string, password: string): Promise<{ cpuMs: number; wallMs: number }> {
  await verify(passwordHash, password); // warm-up
  const rounds = 8;
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < rounds; i++) await verify(passwordHash, password);
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / rounds, wallMs: (performance.now() - t) / rounds };
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
