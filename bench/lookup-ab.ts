import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BENCH_AUTH_SECRET, BENCH_NOW, freePort } from "../scripts/bench-support/app-server";
import { freshBenchDatabase } from "../scripts/bench-support/database";
import { benchPeople, benchPlan } from "../scripts/bench-support/fixtures";
import { burst, combine, ms, type LoadResult } from "../scripts/bench-support/load";

/**
 * The kept-PDF ticket lookup over HTTP, A/B: one portal server per build directory (each a tree
 * with its own `.next`, e.g. a copy of the branch's base and the branch), on one database, the
 * same 50 candidates at once against each in turn, alternating which goes first, so both see
 * the same moments of a shared machine (ADR 121's method). Besides latency it prints each
 * server's CPU time per lookup (/proc), which a busy machine disturbs far less.
 *
 *   LOOKUP_AB="before=/tmp/base,after=." [LOOKUP_AB_ROUNDS=12] [LOOKUP_AB_PROF=<dir>] tsx bench/lookup-ab.ts
 *
 * LOOKUP_AB_PROF writes a V8 CPU profile per server; the measured rounds are its last
 * seconds (printed), the start-up and the warm-up come before. The servers run on the bench's
 * clock (PORTAL_NOW, as bench/lookup.ts); the rate-limit rows are deleted before each round, so
 * the limits (per address and per ID number) are counted as usual but are not what is measured.
 */
const CONCURRENT = 50;

interface Server {
  label: string;
  url: string;
  pid: number;
  results: LoadResult[];
  cpuMs: number;
  stop: () => Promise<void>;
}

function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
}

async function start(label: string, dir: string, databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const prof = process.env.LOOKUP_AB_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.join(process.env.LOOKUP_AB_PROF, label)}`] : [];
  const child = spawn(process.execPath, [...prof, "--import", "tsx", "scripts/portal-server.ts"], {
    cwd: path.resolve(dir),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      PORTAL_NOW: BENCH_NOW,
      NODE_ENV: "production",
      PORTAL_SLOW_QUERY_MS: "60000",
      PORT: String(port),
      PORTAL_TRUSTED_PROXIES: "127.0.0.1,::1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout.on("data", (c: Buffer) => output.push(c.toString()));
  child.stderr.on("data", (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${label} exited:\n${output.join("")}`);
    if (i > 360) throw new Error(`${label} did not start:\n${output.join("")}`);
    const ok = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    label,
    url,
    pid: child.pid!,
    results: [],
    cpuMs: 0,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

type People = Awaited<ReturnType<typeof benchPeople>>;

function lookups(server: Server, people: People, addressBlock: number): Promise<LoadResult> {
  return burst(
    people.map((person, i) => async () => {
      const response = await fetch(`${server.url}/downloads/ticket-lookup`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: server.url,
          "X-Forwarded-For": `198.18.${addressBlock}.${i + 1}`,
        },
        body: new URLSearchParams({ idNumber: person.idNumber, name: person.name }),
        redirect: "manual",
      });
      const body = await response.arrayBuffer();
      if (response.status !== 200 || response.headers.get("content-type") !== "application/pdf") {
        throw new Error(`HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
      }
      return body.byteLength > 1000;
    }),
  );
}

async function main() {
  const spec = (process.env.LOOKUP_AB ?? "this=.").split(",").map((s) => s.split("=") as [string, string]);
  const rounds = Number(process.env.LOOKUP_AB_ROUNDS ?? "12");
  const database = await freshBenchDatabase();
  const servers: Server[] = [];
  try {
    const people = await benchPeople(database.db, { count: CONCURRENT, status: "PAYMENT_CONFIRMED", withTickets: true });
    const { planId } = await benchPlan(database.db);
    await database.db.examSession.create({
      data: { planId, roomId: null, startTime: "09:00", endTime: "11:00", updatedAt: new Date() },
    });
    const tick = () => database.db.$executeRaw`DELETE FROM "RateLimit"`;
    for (const [label, dir] of spec) servers.push(await start(label, dir, database.url));
    // Warm-up: the first renders and stores every PDF; then every server has them in memory.
    for (const [s, server] of servers.entries()) {
      for (let w = 0; w < 2; w++) {
        const r = await lookups(server, people, 200 + s * 10 + w);
        if (r.errors) throw new Error(`${server.label} warm-up: ${r.samples.join("; ")}`);
        await tick();
      }
    }
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      await tick();
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const s = servers.indexOf(server);
        const cpu = cpuMsOf(server.pid);
        server.results.push(await lookups(server, people, 1 + ((round * servers.length + s) % 190)));
        server.cpuMs += cpuMsOf(server.pid) - cpu;
      }
    }
    const measuredS = (performance.now() - started) / 1000;
    console.log(
      `${rounds} rounds of ${CONCURRENT} kept-PDF lookups at once per server, alternating; measured phase ${measuredS.toFixed(1)} s`,
    );
    for (const server of servers) {
      const all = combine(server.results);
      const p95s = server.results.map((r) => Math.round(r.p95)).sort((a, b) => a - b);
      console.log(
        `${server.label.padEnd(8)} ${all.perSecond.toFixed(0)}/s  p50 ${ms(all.p50)}  p95 ${ms(all.p95)}  server CPU ${(server.cpuMs / all.requests).toFixed(2)} ms/lookup  errors ${all.errors}  burst p95s ${p95s.join(" ")}`,
      );
    }
  } finally {
    for (const server of servers) await server.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
