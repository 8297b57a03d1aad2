import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { crc32 } from "node:zlib";
import pg from "pg";
import { allowServerOnlyImports } from "../scripts/allow-server-only";
import { writeRoster } from "./roster";

/**
 * Issue 13's goal for resumable archives (ADR 108), as printed numbers: an archive of about
 * 500 MB holding 1,800 candidates' scans is unpacked and matched by the background import
 * (lib/server/institution/archive/run-archive-imports.ts, reading the file from the tus folder
 * piece by piece) in ≤ 3 min with a peak RSS ≤ 500 MB. The archive is written here: one
 * 申报表 PDF of ~280 KB per candidate (a real PDF that passes the magic-byte and PDF checks),
 * stored uncompressed as scanners' zips are. Runs on a fresh database on the server in DATABASE_URL, dropped after.
 * `tsx bench/archive.ts [candidates] [bytesPerScan]`: e.g. `180` for a 50 MB check.
 */
export interface ArchiveBenchResult {
  candidates: number;
  archiveBytes: number;
  importMs: number;
  peakRssMb: number;
  baselineRssMb: number;
  stored: number;
  status: string;
}

const TODAY = "2025-05-08";
const OUT = path.join("bench", "out");

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error("DATABASE_URL is required (a PostgreSQL server; a fresh database is created on it)");
  const name = `portal_bench_archive_${randomUUID().slice(0, 8)}`;
  await admin(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const { migrate } = await import("../scripts/db/migrate");
  await migrate(url.toString());
  return { url: url.toString(), drop: () => admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** A zip written entry by entry to `file` (stored, UTF-8 names), never whole in memory. */
function writeArchive(file: string, entries: Iterable<{ name: string; data: Uint8Array }>): number {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  const write = (b: Uint8Array) => {
    writeSync(fd, b);
    offset += b.byteLength;
  };
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(nameBytes.byteLength, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.byteLength, 20);
    record.writeUInt32LE(data.byteLength, 24);
    record.writeUInt16LE(nameBytes.byteLength, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, nameBytes);
    write(local);
    write(nameBytes);
    write(data);
    count++;
  }
  const directory = Buffer.concat(central);
  const directoryAt = offset;
  write(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(directoryAt, 16);
  write(end);
  closeSync(fd);
  return statSync(file).size;
}

export async function benchArchive(options: { candidates?: number; scanBytes?: number } = {}): Promise<ArchiveBenchResult> {
  allowServerOnlyImports();
  // Run alone (the CLI), the bench keys its fresh database itself, as scripts/bench-support/database.ts does.
  process.env.PORTAL_DATA_KEYS ||= `bench:${randomBytes(32).toString("base64")}`;
  process.env.PORTAL_HMAC_KEY ||= randomBytes(32).toString("base64");
  // The worker reads the portal clock: registration of batch 5 is open on this day.
  process.env.PORTAL_NOW = `${TODAY}T10:00:00+08:00`;
  const candidates = options.candidates ?? 1800;
  const scanBytes = options.scanBytes ?? 280 * 1024;
  const database = await freshDatabase();
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

    const { runQueuedArchiveImports } = await import("../lib/server/institution/archive/run-archive-imports");
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const t = performance.now();
    await runQueuedArchiveImports();
    const importMs = performance.now() - t;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
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
      importMs,
      peakRssMb: peak / 2 ** 20,
      baselineRssMb: baseline / 2 ** 20,
      stored: report.stored.length,
      status: row.status + (row.errorKey ? ` ${row.errorKey}` : ""),
    };
  } finally {
    shared.portalDb = undefined;
    rmSync(tusDir, { recursive: true, force: true });
    await database.drop();
  }
}

export function printArchiveBench(r: ArchiveBenchResult): void {
  const ok = (pass: boolean) => (pass ? "ok" : "OVER BUDGET");
  console.log(`archive: ${r.candidates} candidates, ${(r.archiveBytes / 2 ** 20).toFixed(0)} MB zip, import ${r.status}`);
  console.log(
    `import:  ${(r.importMs / 1000).toFixed(1)} s for ${r.stored} stored scans [${ok(r.importMs <= 180_000)}: ≤ 3 min]`,
  );
  console.log(
    `memory:  peak RSS ${r.peakRssMb.toFixed(0)} MB (process at start ${r.baselineRssMb.toFixed(0)} MB) [${ok(r.peakRssMb <= 500)}: ≤ 500 MB]`,
  );
}

// CLI: `DATABASE_URL=postgresql://… tsx bench/archive.ts [candidates] [bytesPerScan]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [candidates, scanBytes] = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  printArchiveBench(await benchArchive({ candidates, scanBytes }));
}
