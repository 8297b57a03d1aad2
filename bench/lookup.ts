import { runPartAlone, type BenchContext } from "../scripts/bench-support/context";
import { benchPeople } from "../scripts/bench-support/fixtures";
import { burst, ms, type LoadResult } from "../scripts/bench-support/load";
import type { Metric } from "../scripts/bench-support/report";

/**
 * Public ticket lookup (六, issue 6): 50 candidates at once type their ID number and name and
 * get their ticket PDF. Each comes from its own address (X-Forwarded-For, as behind the
 * center's proxy; the bench's server trusts the loopback as that proxy, ADR 055) and asks for their own ticket, so the per-IP (20) and per-ID (5) limits of
 * lib/server/tickets/lookup-ticket.ts are not what is measured.
 */
export const LOOKUP = { concurrent: 50 } as const;

async function lookupBurst(context: BenchContext, round: number): Promise<LoadResult> {
  const people = await benchPeople(context.database.db, {
    count: LOOKUP.concurrent,
    status: "PAYMENT_CONFIRMED",
    withTickets: true,
  });
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

export async function benchLookup(context: BenchContext): Promise<Metric[]> {
  await lookupBurst(context, 1); // warm-up: the first PDF of a process loads the fonts
  const result = await lookupBurst(context, 2);
  return [
    {
      part: "ticket lookup",
      name: `${LOOKUP.concurrent} POSTs at once`,
      value: `p50 ${ms(result.p50)}, p95 ${ms(result.p95)}`,
      note: `${result.perSecond.toFixed(1)} PDFs/s, ${result.errors} errors${result.samples[0] ? `: ${result.samples[0]}` : ""}`,
    },
  ];
}

runPartAlone(import.meta.url, "Ticket lookup", benchLookup);
