import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople, benchPlan } from "../scripts/bench-support/fixtures";
import { burst, ms, type LoadResult } from "../scripts/bench-support/load";
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
  ];
}

runPartAlone(import.meta.url, "Ticket lookup", benchLookup);
