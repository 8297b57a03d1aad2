import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople, benchPlan } from "../scripts/bench-support/fixtures";
import { allowServerOnlyImports } from "../scripts/allow-server-only";
import type { Db } from "../lib/db-client";
import { BENCH_AUTH_SECRET, BENCH_TODAY } from "../scripts/bench-support/app-server";
import { burst, combine, ms, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";

/**
 * Public ticket lookup (六, issue 6): 50 candidates at once type their ID number and name and
 * get their ticket PDF. Each comes from its own address (X-Forwarded-For, as behind the
 * center's proxy; the bench's server trusts the loopback as that proxy, ADR 055) and asks for their own ticket, so the per-IP (20) and per-ID (5) limits of
 * lib/server/tickets/lookup-ticket.ts are not what is measured.
 */
export const LOOKUP = { concurrent: 50 } as const;
export const LOOKUP_GOAL = { p95Ms: 300 } as const;

type People = Awaited<ReturnType<typeof benchPeople>>;

/** 50 confirmed candidates with tickets, and the plan's exam session (七: no session, no ticket). */
async function confirmed(context: BenchContext): Promise<People> {
  const db = context.database.db;
  const people = await benchPeople(db, { count: LOOKUP.concurrent, status: "PAYMENT_CONFIRMED", withTickets: true });
  const { planId } = await benchPlan(db);
  if ((await db.examSession.count({ where: { planId, roomId: null } })) === 0)
    await db.examSession.create({ data: { planId, roomId: null, startTime: "09:00", endTime: "11:00", updatedAt: new Date() } });
  return people;
}

async function lookupBurst(context: BenchContext, round: number, people: People): Promise<LoadResult> {
  return burst(
    people.map((person, i) => async () => {
      const response = await fetch(`${context.app.url}/downloads/ticket-lookup`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: context.app.url,
          "X-Forwarded-For": `198.18.${round}.${i + 1}`,
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

/**
 * A warm-up burst (the first PDF of a process loads the fonts), then 50 candidates' first lookup
 * (each PDF rendered and stored, ADR 091) and the same 50 again from other addresses (served from
 * storage: printing again, another device). The goal is on the second: a ticket is rendered once
 * per version.
 */
export async function benchLookup(context: BenchContext): Promise<Metric[]> {
  await lookupBurst(context, 1, await confirmed(context));
  const people = await confirmed(context);
  const first = await lookupBurst(context, 2, people);
  const again = await lookupBurst(context, 3, people);
  const note = (r: LoadResult) =>
    `${r.perSecond.toFixed(1)} PDFs/s, ${r.errors} errors${r.samples[0] ? `: ${r.samples[0]}` : ""}`;
  const inProcess = await lookupInProcess(context, people);
  const perLookup = (r: { load: LoadResult; cpuMs: number }) =>
    `${r.load.perSecond.toFixed(0)}/s, p95 ${ms(r.load.p95)}, ${r.cpuMs.toFixed(1)} ms CPU each`;
  return [
    {
      part: "ticket lookup",
      name: `${LOOKUP.concurrent} POSTs at once, first lookup (renders, stores)`,
      value: `p50 ${ms(first.p50)}, p95 ${ms(first.p95)}`,
      note: note(first),
    },
    {
      part: "ticket lookup",
      name: `${LOOKUP.concurrent} POSTs at once, kept PDF`,
      value: `p50 ${ms(again.p50)}, p95 ${ms(again.p95)}`,
      goal: `p95 < ${LOOKUP_GOAL.p95Ms} ms`,
      pass: again.p95 < LOOKUP_GOAL.p95Ms && again.errors === 0,
      note: note(again),
    },
    {
      part: "ticket lookup",
      name: `kept PDF in-process, ${LOOKUP.concurrent} at once: as the lookup is now (ADR 146)`,
      value: perLookup(inProcess.now),
      note: "the limits in one statement, the tickets in one query, the PDF from this process's memory by version key; no HTTP: the route's own cost is Next's floor (registration surge)",
    },
    {
      part: "ticket lookup",
      name: "the same, by the path it replaced",
      value: perLookup(inProcess.replaced),
      note: `2 rate-limit upserts, a lookup, the tickets read again, the kept row and its bytes from storage; now / replaced: ${(inProcess.now.load.perSecond / inProcess.replaced.load.perSecond).toFixed(1)}× (alternating bursts, same run)`,
    },
  ];
}

/**
 * The kept-PDF lookup called in the bench process for the same 50 candidates at once, as it is
 * now and by the path it replaced (two upserts, the applications found, then read again with the
 * kept row and the PDF's bytes from storage), in alternating bursts so both see the same moments
 * of a shared machine (ADR 121's method, ADR 146). Each burst a quarter of an hour after the last
 * on the lookup's clock, from new addresses: the rate limits are not what is measured.
 */
async function lookupInProcess(context: BenchContext, people: People) {
  allowServerOnlyImports();
  const holder = globalThis as unknown as { portalDb?: Db };
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = context.database.url;
  process.env.PORTAL_SLOW_QUERY_MS ??= "60000";
  process.env.AUTH_SECRET ??= BENCH_AUTH_SECRET;
  try {
    const { lookupTicket, LOOKUP_LIMITS } = await import("../lib/server/tickets/lookup-ticket");
    const { hitRateLimit } = await import("../lib/server/rate-limit/consume-rate-limit");
    const { ticketDocument } = await import("../lib/server/tickets/ticket-document");
    const { fromIsoDate } = await import("../lib/dates");
    const { db } = await import("../lib/db");
    const day = fromIsoDate(BENCH_TODAY);
    let minute = 0;
    const replaced = async (person: People[number], ip: string, at: Date) => {
      const [byIp, byId] = await Promise.all([
        hitRateLimit(`ticket-lookup:ip:${ip}`, LOOKUP_LIMITS.ip, 15 * 60_000, at),
        hitRateLimit(`ticket-lookup:id:${person.idNumber}`, LOOKUP_LIMITS.idNumber, 15 * 60_000, at),
      ]);
      if (!byIp.allowed || !byId.allowed) throw new Error("rate limited");
      const rows = await db.application.findMany({
        where: {
          status: "PAYMENT_CONFIRMED",
          ticketNumber: { not: null },
          candidate: { idNumber: person.idNumber, name: person.name },
          plan: { batch: { ticketStart: { lte: day }, examDate: { gte: day } } },
        },
        select: { id: true },
      });
      return ticketDocument(
        rows.map((r) => r.id),
        context.app.url,
      );
    };
    const paths = {
      now: (person: People[number], ip: string, at: Date) =>
        lookupTicket(person.idNumber, person.name, ip, at, BENCH_TODAY, context.app.url).then((r) => r.pdf),
      replaced,
    };
    const measured = { now: { results: [] as LoadResult[], cpuMs: 0 }, replaced: { results: [] as LoadResult[], cpuMs: 0 } };
    const run = (path: keyof typeof paths) => {
      const at = new Date(Date.parse(`${BENCH_TODAY}T02:00:00Z`) + (minute += 16) * 60_000);
      return burst(
        people.map((person, i) => async () => (await paths[path](person, `198.19.${minute % 250}.${i + 1}`, at)).length > 1000),
      );
    };
    for (const path of ["now", "replaced"] as const) await run(path); // warm-up (the first renders for this base URL)
    for (let round = 0; round < 3; round++) {
      for (const path of ["now", "replaced"] as const) {
        const cpu = process.cpuUsage();
        measured[path].results.push(await run(path));
        const used = process.cpuUsage(cpu);
        measured[path].cpuMs += (used.user + used.system) / 1000;
      }
    }
    const summary = (path: keyof typeof paths) => {
      const all = combine(measured[path].results);
      return { load: all, cpuMs: measured[path].cpuMs / all.requests };
    };
    return { now: summary("now"), replaced: summary("replaced") };
  } finally {
    await holder.portalDb?.$disconnect();
    delete holder.portalDb;
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}

runPartAlone(import.meta.url, "Ticket lookup", benchLookup);
