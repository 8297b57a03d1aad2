import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { withCheckDigit } from "../lib/domain/id-number";
import { ROSTER_COLUMNS } from "../lib/domain/roster/columns";
import { allowServerOnlyImports } from "../scripts/allow-server-only";
import { freshDatabase } from "./support/fresh-database";

/**
 * Issue 4's performance goals for the institution roster (四(一)2), as printed numbers:
 * - 5,000 rows: read and validated (preview, with its database lookups) in ≤ 3 s, stored
 *   (submit: read and checked again, then one transaction) in ≤ 3 s more;
 * - 50,000 rows: the preview's peak memory (process RSS, sampled every 10 ms) ≤ 500 MB, in a
 *   process of its own so nothing else this bench did counts against it.
 * Runs on a fresh database `portal_bench_roster_<random>` on the server in DATABASE_URL, dropped after.
 */
export interface RosterBenchResult {
  rows: number;
  fileBytes: number;
  previewMs: number;
  submitMs: number;
  stored: number;
  big: { rows: number; fileBytes: number; previewMs: number; peakRssMb: number; baselineRssMb: number };
}

const TODAY = "2025-05-08";
const OUT = path.join("bench", "out");
const [NAME, MOBILE] = ["张三", "13912345678"];
/** Columns 最高学历 … 学历证明情形 of a valid row (condition blank: projects 1–5 have one each). */
const REST = ["本科", "四川大学", "计算机", 2012, "否", "", "", "成都市武侯区人民南路三段17号", "1"];

/** A roster as an institution would fill it: the template's headers, text ID numbers, valid rows for projects 1–5. */
export async function writeRoster(rows: number, file: string): Promise<number> {
  mkdirSync(path.dirname(file), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet("花名册");
  sheet.addRow(ROSTER_COLUMNS.map((c) => c.header)).commit();
  const projects = ["大数据运行平台搭建", "商业数据分析", "大数据采集", "大数据清洗", "大数据分析"];
  for (let i = 0; i < rows; i++) {
    const birth = new Date(Date.UTC(1970, 0, 1) + (i % 10_000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
    const idNumber = withCheckDigit(
      `51${String(1000 + Math.floor(i / 10_000)).slice(-4)}${birth}${String(i % 1000).padStart(3, "0")}`,
    );
    sheet.addRow([NAME, idNumber, MOBILE, projects[i % projects.length], "", ...REST]).commit();
  }
  sheet.commit();
  await workbook.commit();
  return readFileSync(file).byteLength;
}

async function institutionActor() {
  const { db } = await import("../lib/db");
  const { seedCatalog } = await import("../prisma/seed/catalog");
  await seedCatalog(db);
  const institution = await db.institution.findUniqueOrThrow({ where: { name: "四川省大数据产业联合会" }, select: { id: true } });
  const data = { kind: "INSTITUTION" as const, login: `bench-${randomUUID()}`, displayName: "bench", passwordHash: "x" };
  const user = await db.user.create({ data: { ...data, institutionId: institution.id }, select: { id: true } });
  const batch = await db.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: 5 } }, select: { id: true } });
  return {
    actor: {
      id: user.id,
      kind: "INSTITUTION" as const,
      displayName: "bench",
      roles: [],
      institutionId: institution.id,
      candidateId: null,
    },
    batchId: batch.id,
  };
}

/** The 50,000-row preview, alone in this process: prints its time and peak RSS as JSON. */
async function memoryChild(file: string): Promise<void> {
  allowServerOnlyImports();
  const { previewRoster } = await import("../lib/server/institution/roster/preview-roster");
  const { actor, batchId } = await institutionActor();
  const bytes = new Uint8Array(readFileSync(file));
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t = performance.now();
  const preview = await previewRoster(actor, { batchId, bytes, fileName: path.basename(file) }, TODAY);
  const previewMs = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const { db } = await import("../lib/db");
  await db.$disconnect();
  process.stdout.write(
    `${JSON.stringify({ rows: preview.rows, previewMs, peakRssMb: peak / 2 ** 20, baselineRssMb: baseline / 2 ** 20 })}\n`,
  );
}

export async function benchRoster(options: { rows?: number; bigRows?: number } = {}): Promise<RosterBenchResult> {
  allowServerOnlyImports();
  const rows = options.rows ?? 5000;
  const bigRows = options.bigRows ?? 50_000;
  const database = await freshDatabase("portal_bench_roster");
  process.env.DATABASE_URL = database.url;
  try {
    const small = path.join(OUT, `roster-${rows}.xlsx`);
    const big = path.join(OUT, `roster-${bigRows}.xlsx`);
    const fileBytes = await writeRoster(rows, small);
    const bigBytes = await writeRoster(bigRows, big);
    const { previewRoster } = await import("../lib/server/institution/roster/preview-roster");
    const { submitRoster } = await import("../lib/server/institution/roster/submit-roster");
    const { actor, batchId } = await institutionActor();
    const bytes = new Uint8Array(readFileSync(small));
    // Warm-up on a tiny file: module loading and the first queries are not what the goal is about.
    await writeRoster(10, path.join(OUT, "roster-warmup.xlsx"));
    await previewRoster(
      actor,
      { batchId, bytes: new Uint8Array(readFileSync(path.join(OUT, "roster-warmup.xlsx"))), fileName: "w.xlsx" },
      TODAY,
    );

    let t = performance.now();
    const preview = await previewRoster(actor, { batchId, bytes, fileName: "roster.xlsx" }, TODAY);
    const previewMs = performance.now() - t;
    if (preview.valid !== rows)
      throw new Error(`bench roster has ${preview.invalid} invalid rows: ${JSON.stringify(preview.problemRows.slice(0, 3))}`);
    t = performance.now();
    const submitted = await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, new Date());
    const submitMs = performance.now() - t;

    const child = execFileSync(path.join("node_modules", ".bin", "tsx"), ["bench/roster.ts", "--memory-child", big], {
      env: { ...process.env },
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const measured = JSON.parse(child.trim().split("\n").pop() ?? "{}") as Omit<RosterBenchResult["big"], "fileBytes">;
    const { db } = await import("../lib/db");
    await db.$disconnect();
    return { rows, fileBytes, previewMs, submitMs, stored: submitted.stored, big: { ...measured, fileBytes: bigBytes } };
  } finally {
    await database.drop();
  }
}

export function printRosterBench(r: RosterBenchResult): void {
  const ok = (pass: boolean) => (pass ? "ok" : "OVER BUDGET");
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`roster:  ${r.rows} rows, ${kb(r.fileBytes)} xlsx`);
  console.log(
    `preview: ${(r.previewMs / 1000).toFixed(2)} s (read, validate, database lookups, file kept) [${ok(r.previewMs <= 3000)}: ≤ 3 s]`,
  );
  console.log(
    `submit:  ${(r.submitMs / 1000).toFixed(2)} s for ${r.stored} applications (checked again, one transaction) [${ok(r.submitMs <= 3000)}: ≤ 3 s]`,
  );
  console.log(
    `memory:  ${r.big.rows} rows (${kb(r.big.fileBytes)}) previewed in ${(r.big.previewMs / 1000).toFixed(1)} s, peak RSS ${r.big.peakRssMb.toFixed(0)} MB (process at start ${r.big.baselineRssMb.toFixed(0)} MB) [${ok(r.big.peakRssMb <= 500)}: ≤ 500 MB]`,
  );
}

// CLI: `DATABASE_URL=postgresql://… tsx bench/roster.ts [rows] [bigRows]`; the files stay in bench/out/ (ignored by git and lint).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const childAt = process.argv.indexOf("--memory-child");
  if (childAt > 0) {
    await memoryChild(process.argv[childAt + 1] ?? "");
  } else {
    const [rows, bigRows] = process.argv
      .slice(2)
      .filter((a) => /^\d+$/.test(a))
      .map(Number);
    printRosterBench(await benchRoster({ rows, bigRows }));
  }
}
