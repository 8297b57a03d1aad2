import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { allowServerOnlyImports } from "../scripts/allow-server-only";
import { goal } from "../scripts/bench-support/report";
import { writeRoster } from "./roster";
import { freshDatabase } from "./support/fresh-database";
import { writeArchive } from "./support/write-archive";

/**
 * Issue 13's goal for resumable archives (ADR 108), as printed numbers: an archive of about
 * 500 MB holding 1,800 candidates' scans is unpacked and matched by the background import
 * (lib/server/institution/archive/run-archive-imports.ts, reading the file from the tus folder
 * piece by piece) in ≤ 3 min with a peak RSS ≤ 500 MB. The archive is written here: one
 * 申报表 PDF of ~280 KB per candidate (a real PDF that passes the magic-byte and PDF checks),
 * stored uncompressed as scanners' zips are. Runs on a fresh database on the server in DATABASE_URL, dropped after.
 * `tsx bench/archive.ts [candidates] [bytesPerScan]`: e.g. `180` for a 50 MB check; without
 * candidates, BENCH_SCALE (default 1) scales the 1,800 (ADR 118).
 *
 * Memory (ADR 118): the archive is written to disk entry by entry and the import reads it one
 * entry at a time, so nothing holds the archive. The import runs in a process of its own (as the
 * portal's worker does in the server), so the peak is that process's: its RSS before the import
 * (Node, Prisma, the portal's modules: the baseline) and what the import adds on top.
 */
export interface ArchiveBenchResult {
  candidates: number;
  archiveBytes: number;
  importMs: number;
  peakRssMb: number;
  baselineRssMb: number;
  /** Peak RSS less the baseline: what the import itself takes. */
  addedRssMb: number;
  /** The largest V8 heap plus Buffers seen during the import. */
  peakHeapMb: number;
  stored: number;
  status: string;
  /** BENCH_SCALE or candidates / 1,800: below 1 the goals are for the full run, the time is projected linearly. */
  scale: number;
}

export const FULL_CANDIDATES = 1800;
export const IMPORT_GOAL_MS = 180_000;
export const PEAK_GOAL_MB = 500;

function benchScale(): number {
  return Math.min(1, Math.max(0.005, Number(process.env.BENCH_SCALE ?? "1") || 1));
}

const TODAY = "2025-05-08";
const OUT = path.join("bench", "out");

export async function benchArchive(options: { candidates?: number; scanBytes?: number } = {}): Promise<ArchiveBenchResult> {
  allowServerOnlyImports();
  // Run alone (the CLI), the bench keys its fresh database itself, as scripts/bench-support/database.ts does.
  process.env.PORTAL_DATA_KEYS ||= `bench:${randomBytes(32).toString("base64")}`;
  process.env.PORTAL_HMAC_KEY ||= randomBytes(32).toString("base64");
  // The worker reads the portal clock: registration of batch 5 is open on this day.
  process.env.PORTAL_NOW = `${TODAY}T10:00:00+08:00`;
  const candidates = options.candidates ?? Math.max(10, Math.round(FULL_CANDIDATES * benchScale()));
  const scanBytes = options.scanBytes ?? 280 * 1024;
  const database = await freshDatabase("portal_bench_archive");
  process.env.DATABASE_URL = database.url;
  const tusDir = path.resolve(OUT, `tus-${randomUUID().slice(0, 8)}`);
  process.env.PORTAL_TUS_DIR = tusDir;
  // A client left by an earlier part of `npm run bench` points at that part's (dropped) database.
  const shared = globalThis as { portalDb?: unknown };
  shared.portalDb = undefined;
  try {
    const { db } = await import("../lib/db");
    const { seedCatalog } = await import("../prisma/seed/catalog");
    const { previewRoster } = await import("../lib/server/institution/roster/preview-roster");
    const { submitRoster } = await import("../lib/server/institution/roster/submit-roster");
    const { makePdf } = await import("../tests/support/files");
    await seedCatalog(db);
    const institution = await db.institution.findUniqueOrThrow({
      where: { name: "四川省大数据产业联合会" },
      select: { id: true },
    });
    const user = await db.user.create({
      data: {
        kind: "INSTITUTION",
        login: `bench-${randomUUID()}`,
        displayName: "bench",
        passwordHash: "x",
        institutionId: institution.id,
      },
      select: { id: true },
    });
    const actor = {
      id: user.id,
      kind: "INSTITUTION" as const,
      displayName: "bench",
      roles: [],
      institutionId: institution.id,
      candidateId: null,
    };
    const batch = await db.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: 5 } }, select: { id: true } });

    // The candidates, registered through the roster as an institution would.
    const roster = path.join(OUT, `archive-roster-${candidates}.xlsx`);
    await writeRoster(candidates, roster);
    const { readFileSync } = await import("node:fs");
    const preview = await previewRoster(
      actor,
      { batchId: batch.id, bytes: new Uint8Array(readFileSync(roster)), fileName: "r.xlsx" },
      TODAY,
    );
    await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, new Date(`${TODAY}T02:00:00Z`));
    const people = await db.candidate.findMany({
      where: { applications: { some: { institutionId: institution.id } } },
      select: { idNumber: true },
    });

    // The archive, in the tus folder under a fresh upload id, as a finished upload leaves it.
    const id = randomUUID();
    mkdirSync(tusDir, { recursive: true });
    const pdf = makePdf(scanBytes);
    const archiveBytes = writeArchive(
      path.join(tusDir, id),
      people.map((p) => ({ name: `扫描件/${p.idNumber}_申报表.pdf`, data: pdf })),
    );
    await db.archiveImport.create({
      data: { id, institutionId: institution.id, userId: user.id, batchId: batch.id, size: archiveBytes, status: "QUEUED" },
    });

    const measured = importInChild();
    const row = await db.archiveImport.findUniqueOrThrow({ where: { id } });
    type Listed = { file: string; message: string }[];
    const report = row.report
      ? (JSON.parse(row.report) as { stored: unknown[]; refused: Listed; unmatched: Listed })
      : { stored: [], refused: [], unmatched: [] };
    const problems = [...report.refused, ...report.unmatched];
    if (problems.length > 0) console.log(`archive: ${problems.length} files not stored, e.g. ${problems[0]!.message}`);
    await db.$disconnect();
    return {
      candidates: people.length,
      archiveBytes,
      ...measured,
      addedRssMb: measured.peakRssMb - measured.baselineRssMb,
      stored: report.stored.length,
      status: row.status + (row.errorKey ? ` ${row.errorKey}` : ""),
      scale: people.length / FULL_CANDIDATES,
    };
  } finally {
    shared.portalDb = undefined;
    rmSync(tusDir, { recursive: true, force: true });
    await database.drop();
  }
}

type ChildFigures = Pick<ArchiveBenchResult, "importMs" | "peakRssMb" | "baselineRssMb" | "peakHeapMb">;

/** Runs the queued import in a fresh process (this file with --import-child), with this process's environment. */
function importInChild(): ChildFigures {
  const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["bench/archive.ts", "--import-child"], {
    env: { ...process.env },
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as ChildFigures;
}

/**
 * The child: loads the worker and opens the database first (that is the baseline, as in a
 * running portal), then runs every queued import, sampling RSS and heap + Buffers every 10 ms.
 */
async function importChild(): Promise<void> {
  allowServerOnlyImports();
  const { db } = await import("../lib/db");
  const { runQueuedArchiveImports } = await import("../lib/server/institution/archive/run-archive-imports");
  await db.$queryRaw`SELECT 1`;
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
  };
  const timer = setInterval(sample, 10);
  const t = performance.now();
  await runQueuedArchiveImports();
  const importMs = performance.now() - t;
  clearInterval(timer);
  sample();
  await db.$disconnect();
  const figures: ChildFigures = {
    importMs,
    peakRssMb: peak / 2 ** 20,
    baselineRssMb: baseline / 2 ** 20,
    peakHeapMb: peakHeap / 2 ** 20,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Time against the goal: at a reduced scale, the time projected linearly to 1,800 candidates is what is judged. */
export function projectedImportMs(r: ArchiveBenchResult): number {
  return r.scale >= 1 ? r.importMs : r.importMs / r.scale;
}

export function printArchiveBench(r: ArchiveBenchResult): void {
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const projected = projectedImportMs(r);
  console.log(
    `archive: ${r.candidates} candidates, ${mb(r.archiveBytes / 2 ** 20)} zip, import ${r.status}` +
      (r.scale < 1 ? ` (scale ${r.scale.toFixed(3)}: goals are for ${FULL_CANDIDATES})` : ""),
  );
  console.log(
    `import:  ${(r.importMs / 1000).toFixed(1)} s for ${r.stored} stored scans` +
      (r.scale < 1 ? `, projected ${(projected / 1000).toFixed(0)} s at full scale` : "") +
      ` [${goal(projected <= IMPORT_GOAL_MS)} ≤ 3 min]`,
  );
  console.log(
    `memory:  peak RSS ${mb(r.peakRssMb)} [${goal(r.peakRssMb <= PEAK_GOAL_MB)} ≤ 500 MB]: the process before the import ${mb(r.baselineRssMb)}, the import adds ${mb(r.addedRssMb)} (heap + Buffers at most ${mb(r.peakHeapMb)})`,
  );
}

// CLI: `DATABASE_URL=postgresql://… tsx bench/archive.ts [candidates] [bytesPerScan]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--import-child")) {
    await importChild();
  } else {
    const [candidates, scanBytes] = process.argv
      .slice(2)
      .filter((a) => /^\d+$/.test(a))
      .map(Number);
    printArchiveBench(await benchArchive({ candidates, scanBytes }));
  }
}
