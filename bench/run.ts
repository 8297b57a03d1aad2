import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { withBenchContext, type BenchContext } from "../scripts/bench-support/context";
import { PROJECT_ROOT } from "../scripts/db/migrations-dir";
import { formatTable, machine, markdownTable, type Metric } from "../scripts/bench-support/report";
import { benchLookup } from "./lookup";
import { benchJourney } from "./morning/journey";
import { benchPublicReads } from "./morning/public-reads";
import { benchScaleOut } from "./morning/scale-out";
import { benchSignedInPages } from "./morning/signed-in";
import { benchPages } from "./pages";
import { benchRawSubmit } from "./raw-submit";
import { measureSurge, surgeMetrics } from "./surge";
import { benchTickets } from "./tickets";
import { benchTwoInstances } from "./two-instances";
import { benchUploads } from "./uploads";
import { benchArchive, IMPORT_GOAL_MS, PEAK_GOAL_MB, projectedImportMs } from "./archive";

/**
 * `npm run bench`: every number of issue 6 against a production build on a fresh database,
 * printed as one table with the goals beside them (✓/✗), and written to bench/RESULTS.md. A
 * missed goal is reported, never an exit code: the bench is not part of `npm test`.
 *
 * Adding a part: write bench/<part>.ts exporting `(context) => Promise<Metric[]>`, add one
 * line to PARTS.
 *
 * BENCH_ONLY=<title>[,<title>…] runs only the parts whose title contains one of them (e.g.
 * `BENCH_ONLY="signed-in,public reads"`); BENCH_SCALE=0.05 shrinks the issue-14 parts
 * (bench/morning/*.ts) and the archive import (bench/archive.ts) to check that they run.
 * RESULTS.md is written only by a full run. When every part chosen needs only a database
 * (`BENCH_ONLY=archive`), nothing is built and no app server starts.
 */
/** `app: false`: the part needs a database server only (no build, no `next start`). */
type Part = { title: string; run: (context: BenchContext) => Promise<Metric[]>; app?: false };

let appPerSecond: number | undefined;

const PARTS: Part[] = [
  {
    title: "registration surge",
    run: async (context) => {
      const numbers = await measureSurge(context);
      appPerSecond = numbers.total.perSecond;
      return surgeMetrics(numbers);
    },
  },
  { title: "raw PostgreSQL", run: (context) => benchRawSubmit(context, appPerSecond) },
  { title: "uploads", run: benchUploads },
  { title: "public pages", run: benchPages },
  { title: "signed-in pages", run: benchSignedInPages },
  { title: "public reads", run: benchPublicReads },
  { title: "ticket lookup", run: benchLookup },
  { title: "opening-morning journey", run: benchJourney },
  { title: "scale-out (nginx)", run: benchScaleOut },
  { title: "batch tickets", run: () => ticketMetrics(), app: false },
  { title: "roster import", run: rosterMetrics, app: false },
  { title: "two instances", run: benchTwoInstances },
  { title: "archive import", run: archiveMetrics, app: false },
];

/** Issue 13: a ~500 MB archive of 1,800 candidates' scans imported by the background worker (bench/archive.ts, ADR 108). */
async function archiveMetrics(context: BenchContext): Promise<Metric[]> {
  const part = "archive import";
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = context.database.serverUrl;
  try {
    const r = await benchArchive();
    const scaled =
      r.scale < 1 ? `; scale ${r.scale.toFixed(3)}, projected ${(projectedImportMs(r) / 1000).toFixed(0)} s for 1,800` : "";
    return [
      {
        part,
        name: `${r.candidates} candidates, ${(r.archiveBytes / 2 ** 20).toFixed(0)} MB zip`,
        value: `${(r.importMs / 1000).toFixed(1)} s`,
        goal: "≤ 3 min",
        pass: projectedImportMs(r) <= IMPORT_GOAL_MS,
        note: `${r.stored} scans stored; ${r.status}${scaled}`,
      },
      {
        part,
        name: "peak RSS of the importing process",
        value: `${r.peakRssMb.toFixed(0)} MB`,
        goal: "≤ 500 MB",
        pass: r.peakRssMb <= PEAK_GOAL_MB,
        note: `before the import ${r.baselineRssMb.toFixed(0)} MB; the import adds ${r.addedRssMb.toFixed(0)} MB (heap + Buffers ≤ ${r.peakHeapMb.toFixed(0)} MB)`,
      },
    ];
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}

async function ticketMetrics(): Promise<Metric[]> {
  const r = await benchTickets();
  const part = "batch tickets (PDF)";
  return [
    {
      part,
      name: `${r.tickets} tickets in one PDF`,
      value: `${(r.ms / 1000).toFixed(2)} s`,
      goal: "≤ 10 s",
      pass: r.ms <= 10_000,
      note: `${(r.cpuMs / 1000).toFixed(2)} s CPU; bench/tickets.ts`,
    },
    {
      part,
      name: "size per ticket",
      value: `${(r.bytesPerTicket / 1024).toFixed(1)} KB`,
      goal: "≤ 60 KB",
      pass: r.bytesPerTicket <= 60 * 1024,
    },
  ];
}

/** bench/roster.ts belongs to the institution channel (issue 4): used when it exists. */
async function rosterMetrics(context: BenchContext): Promise<Metric[]> {
  const part = "roster import";
  const file = path.join(PROJECT_ROOT, "bench", "roster.ts");
  if (!existsSync(file))
    return [{ part, name: "roster", value: "pending (issue 4)", note: "bench/roster.ts does not exist yet" }];
  const roster = (await import(pathToFileURL(file).href)) as { benchRoster?: () => Promise<unknown> };
  if (!roster.benchRoster) return [{ part, name: "roster", value: "bench/roster.ts exports no benchRoster()" }];
  // benchRoster makes its own database on the server in DATABASE_URL (the embedded one when none was given).
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = context.database.serverUrl;
  let result: unknown;
  try {
    result = await roster.benchRoster();
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
  const r = result as Partial<{
    rows: number;
    previewMs: number;
    submitMs: number;
    stored: number;
    big: { rows: number; peakRssMb: number; previewMs: number };
  }>;
  if (typeof r.previewMs === "number" && typeof r.submitMs === "number" && r.big) {
    return [
      {
        part,
        name: `${r.rows} rows: preview (read, check)`,
        value: `${(r.previewMs / 1000).toFixed(2)} s`,
        goal: "≤ 3 s",
        pass: r.previewMs <= 3000,
        note: "bench/roster.ts",
      },
      {
        part,
        name: `${r.rows} rows: submit (one transaction)`,
        value: `${(r.submitMs / 1000).toFixed(2)} s`,
        goal: "≤ 3 s",
        pass: r.submitMs <= 3000,
        note: `${r.stored} stored`,
      },
      {
        part,
        name: `${r.big.rows} rows: preview peak memory`,
        value: `${r.big.peakRssMb.toFixed(0)} MB`,
        goal: "≤ 500 MB",
        pass: r.big.peakRssMb <= 500,
        note: `${(r.big.previewMs / 1000).toFixed(1)} s`,
      },
    ];
  }
  const entries = typeof result === "object" && result !== null ? Object.entries(result) : [["result", result]];
  return entries.map(([name, value]) => ({
    part,
    name: String(name),
    value: typeof value === "number" ? value.toFixed(1) : JSON.stringify(value),
  }));
}

const METHOD = `## How each number is measured

- **Registration surge**: 100 candidates with complete drafts and their six files, written
  straight into the database by the bench, press 提交 at the same moment over HTTP against \`next
  start\`, with a next-auth session cookie each, the way a browser with JavaScript does:
  \`POST /api/applications/<id>/submit\` with the page's Origin (ADR 053; without JavaScript the
  form posts the server action, which redirects). One burst of 100 as warm-up, then three rounds
  of 100; the rate is submissions over the summed wall time of the rounds. Duplicates are counted
  in the database afterwards (more than one SUBMITTED event per application). The answer is the
  result only (ADR 049); the browser then loads the application page, a GET of its own that is
  not counted here (the "GET /me signed in" row shows what such a page costs). Submits that
  arrive together share their statements (ADR 053). The floor row is a route handler that reads
  no database and decrypts nothing, in the same bursts.
- **Raw PostgreSQL**: the submit's SQL with \`pg\` and a pool of 10 (the app's size), 3 × 100 at
  once, in two shapes: one submit at a time per connection (the read of the application with
  everything its checks need beside the holiday overrides, then the version-guarded \`UPDATE\` and
  the event \`INSERT\` as one statement, ADR 049), and the statements the app sends now, over
  arrays and grouped by the app's own loader, with the session's user read (ADR 053). The ratio
  is the HTTP surge rate over the second.
- **Uploads**: 50 candidates at once send a 250 KB JPEG (fitted in the browser, ADR 092) as the
  upload field does, a raw-body PUT to \`/api/applications/<id>/attachments/PHOTO\`: inspected and
  stored (the goal row); the same through \`uploadAttachmentAction\` (multipart, the form without
  JavaScript); a 1 MB phone photo through the action, inspected and auto-fitted (the fitted image
  goes back to the candidate to accept, nothing is stored yet). Then the storing alone, called in
  the bench process for the same 50 at once, by the one-statement path and by the locked
  transaction it replaced, in alternating bursts (ADR 121): statements and process CPU per upload.
- **Public pages**: 20 clients at a time for 8 s on \`/calendar\` and 8 s on the prerendered
  not-found page of the same server, in four turns of 2 s each, so that both see the same moments
  of the machine. \`/calendar\` is rendered once for everyone and kept a minute
  (ADR 050), so after the warm-up it is served from Next's cache, as visitors get it.
  First-load JS: the page's \`<script src>\` chunks gzipped (zlib level 6); the floor is the set of
  chunks every public page and the empty not-found page load.
- **Ticket lookup**: 50 POSTs at once to \`/downloads/ticket-lookup\`, each from its own
  X-Forwarded-For address for its own confirmed candidate (the rate limits are per IP and per
  ID number). The PDF is rendered once per ticket version and kept (ADR 091): a first lookup
  renders and stores it, a second one (printing again, another device) is served from storage;
  both are printed, the goal is on the second.
- **Issue 14** (bench/morning/*.ts, one file per row family; ADR 088–092, 120–122): every rate is a ratio against a script
  chunk under \`/_next/static\` of the same server in the same run, measured in turns with the
  page (2 s per page in two slices). Signed-in pages: 20 candidates' minted sessions, 20 at once,
  on /me, their application, the inbox and each wizard step; /me's HTML size signed in. Public
  reads: 50 at once on the cached pages and \`/api/v1\` GETs. Journey: 1,000 candidates with
  complete drafts arrive evenly over 60 s and each signs in with the real password form (the
  server action, argon2), opens /me and the application, and submits (the route); argon2's
  share is the logins × one verify's CPU time (measured in the bench process, \`process.cpuUsage\`)
  over the server process's CPU time (/proc); the last row says what the arrival rate asked of
  the server and the bench client in cores, and how busy the whole machine was (/proc/stat), so a
  missed goal says whether the machine was full or one process's event loop was (ADR 120, 147).
  Scale-out: the signed-in /me rate through Debian's nginx configured by deploy/nginx/portal.conf,
  with one and with two portal processes on one PostgreSQL, each warmed up first, in alternating
  windows, with the cores used by the portal processes, nginx, this database's PostgreSQL
  backends, the bench client and the rest of the machine (/proc), and why the gain is what it is
  (ADR 147; skipped, with the reason, when nginx is not installed).
- **Batch tickets**: \`bench/tickets.ts\` (one PDF of 1,000 tickets in-process).
- **Two instances**: two \`next start\` on one database, 300 submissions (the submit route)
  spread over both 20 at a time, instance B SIGKILLed after a third; unanswered requests go
  again to A.
`;

const only = process.env.BENCH_ONLY?.split(",")
  .map((t) => t.trim().toLowerCase())
  .filter(Boolean);
const selected = only?.length ? PARTS.filter((p) => only.some((t) => p.title.toLowerCase().includes(t))) : PARTS;
const partial = selected.length !== PARTS.length || Number(process.env.BENCH_SCALE ?? "1") !== 1;

async function main(): Promise<void> {
  const started = new Date();
  const machineLine = machine();
  console.log(`npm run bench — ${started.toISOString()}\n${machineLine}`);
  const metrics: Metric[] = [];
  const took: string[] = [];
  let databaseLine = "";
  const app = selected.some((p) => p.app !== false);
  await withBenchContext(
    async (context) => {
      databaseLine = context.database.server;
      for (const part of selected) {
        const t = performance.now();
        process.stdout.write(`… ${part.title}`);
        try {
          const rows = await part.run(context);
          metrics.push(...rows);
          took.push(`${part.title} ${((performance.now() - t) / 1000).toFixed(0)} s`);
          console.log(
            ` (${((performance.now() - t) / 1000).toFixed(0)} s)\n${formatTable(rows).split("\n").slice(2).join("\n")}`,
          );
        } catch (error) {
          const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
          metrics.push({ part: part.title, name: "did not run", value: "error", note: message.slice(0, 160) });
          console.log(` failed: ${message}`);
        }
      }
    },
    { app },
  );
  console.log(`\n${formatTable(metrics)}\n`);
  const goals = metrics.filter((m) => m.pass !== undefined);
  const summary = `${goals.filter((m) => m.pass).length} of ${goals.length} goals met`;
  // The lead's full run must stay under about 15 minutes: what each part took is printed and kept.
  const duration = `${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min (${took.join(", ")})`;
  console.log(`${summary}; took ${duration}`);
  if (partial) {
    console.log("BENCH_ONLY or BENCH_SCALE given: bench/RESULTS.md left as it was");
    return;
  }
  const results = path.join(PROJECT_ROOT, "bench", "RESULTS.md");
  const markdown =
    `# Bench results\n\nWritten by \`npm run bench\` (bench/run.ts); the figures are the last run's. ${summary}.\n\n` +
    `- Date: ${started.toISOString()}\n- Machine: ${machineLine}\n- Database: ${databaseLine}\n- Build: \`next build\` (production), served by \`next start\`\n- Duration: ${duration}\n\n` +
    `${markdownTable(metrics)}\n\n${METHOD}`;
  // Formatted as the repository's Prettier would, so `npm test`'s format check passes after a run.
  const prettier = await import("prettier");
  writeFileSync(results, await prettier.format(markdown, { ...(await prettier.resolveConfig(results)), filepath: results }));
  console.log("written to bench/RESULTS.md");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
