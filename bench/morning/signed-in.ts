import { BENCH_AUTH_SECRET } from "../../scripts/bench-support/app-server";
import { runPartAlone, type BenchContext } from "../../scripts/bench-support/context";
import { benchPeople, type BenchPerson } from "../../scripts/bench-support/fixtures";
import type { Task } from "../../scripts/bench-support/load";
import type { Metric } from "../../scripts/bench-support/report";
import { sessionCookie } from "../../scripts/bench-support/session-cookie";
import { errorNote, getter, inTurns, MORNING_GOALS, rate, staticFile } from "./shared";

/**
 * Issue 14, signed-in candidate pages (ADR 089, 090): 20 candidates' minted sessions, 20 at once,
 * on /me, their application, the inbox and each wizard step, in turns with the static file;
 * /me's HTML size signed in. `tsx bench/morning/signed-in.ts` runs it alone.
 */
const SIGNED_IN = { concurrency: 20, msPerPage: 2_000, slices: 2 } as const;

export async function benchSignedInPages(context: BenchContext): Promise<Metric[]> {
  const part = "signed-in pages";
  const people = await benchPeople(context.database.db, { count: SIGNED_IN.concurrency });
  const cookies = await Promise.all(
    people.map((p) => sessionCookie({ id: p.userId, kind: "CANDIDATE", displayName: p.name }, BENCH_AUTH_SECRET)),
  );
  let turn = 0;
  /** Each request as one of the 20 candidates, on their own application. */
  const page = (path: (p: BenchPerson) => string): Task => {
    return () => {
      const i = turn++ % people.length;
      return getter(`${context.app.url}${path(people[i]!)}`, { headers: { Cookie: cookies[i]! } })();
    };
  };
  const pages: Record<string, Task> = {
    "/me": page(() => "/me"),
    "/me/applications/<id>": page((p) => `/me/applications/${p.applicationId}`),
    "/me/inbox": page(() => "/me/inbox"),
  };
  for (const step of ["condition", "personal", "photo", "attachments", "pledge", "review"])
    pages[`wizard: ${step}`] = page((p) => `/me/applications/${p.applicationId}/edit/${step}`);
  const still = getter(await staticFile(context.app.url));
  const measured = await inTurns(pages, still, SIGNED_IN);

  const me = await fetch(`${context.app.url}/me`, { headers: { Cookie: cookies[0]! } });
  const meBytes = (await me.arrayBuffer()).byteLength;
  const metrics: Metric[] = [
    {
      part,
      name: "static file (/_next/static chunk)",
      value: rate(measured.still),
      note: `${SIGNED_IN.concurrency} at a time, in turns with each page; ${errorNote(measured.still)}`,
    },
  ];
  for (const [name, r] of Object.entries(measured.pages)) {
    const ratio = r.perSecond / measured.still.perSecond;
    metrics.push({
      part,
      name: `GET ${name}, ${SIGNED_IN.concurrency} at once`,
      value: `${ratio.toFixed(3)} (${rate(r)})`,
      goal: `≥ ${MORNING_GOALS.signedInRatio}, p95 < ${MORNING_GOALS.signedInP95Ms} ms`,
      pass: ratio >= MORNING_GOALS.signedInRatio && r.p95 < MORNING_GOALS.signedInP95Ms && r.errors === 0,
      note: errorNote(r),
    });
  }
  metrics.push({
    part,
    name: "/me HTML, signed in",
    value: `${(meBytes / 1024).toFixed(1)} KB`,
    goal: "≤ 40 KB",
    pass: meBytes <= 40 * 1024,
    note: "uncompressed, as the server sends it before gzip",
  });
  return metrics;
}

runPartAlone(import.meta.url, "Signed-in pages (issue 14)", benchSignedInPages);
