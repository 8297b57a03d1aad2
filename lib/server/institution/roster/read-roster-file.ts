import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { cellFromCsv, cellFromExcel, type RawCell } from "@/lib/domain/roster/cells";
import { mapHeaders, type RosterColumnKey } from "@/lib/domain/roster/columns";
import type { RawRosterRow } from "@/lib/domain/roster/validate-row";
import { ROSTER_LIMITS, XLSX_LIMITS, checkZipDirectory } from "@/lib/domain/roster/zip-limits";
import { decodeCsv } from "@/lib/server/results/read-score-file";
import { moveEntriesFirst, readZipDirectory, storedLocalEntry, verifyZip } from "../zip/read-zip";

export type RosterFileError = "too-big" | "xls" | "unreadable" | "zip-bomb" | "empty" | "headers" | "too-many-rows";

export type RosterFileResult =
  | { ok: true; format: "xlsx" | "csv"; rows: RawRosterRow[] }
  | { ok: false; error: RosterFileError; missing?: RosterColumnKey[]; duplicated?: RosterColumnKey[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What exceljs must have read before a worksheet to parse it in the stream instead of a temporary file. */
const SHARED_STRINGS = "xl/sharedStrings.xml";
const PARTS_BEFORE_SHEETS = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", SHARED_STRINGS];
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/** Institutions often put a title row ("XX机构考核人员花名册") above the headers: look a few rows down. */
const HEADER_SEARCH_ROWS = 10;

class RowCollector {
  private indexes: Partial<Record<RosterColumnKey, number>> | null = null;
  private lastMapping: ReturnType<typeof mapHeaders> | null = null;
  readonly rows: RawRosterRow[] = [];
  tooMany = false;

  /** Feeds one row (cells by 0-based column); returns false once the row limit is passed. */
  add(line: number, cells: readonly RawCell[]): boolean {
    if (!this.indexes) {
      if (line > HEADER_SEARCH_ROWS) return false;
      const mapping = mapHeaders(cells.map((c) => c.text));
      // Remember the best failed attempt (the row naming most columns) to say what is missing.
      if (!mapping.ok && (!this.lastMapping || this.lastMapping.ok || mapping.missing.length < this.lastMapping.missing.length))
        this.lastMapping = mapping;
      if (mapping.ok) this.indexes = mapping.indexes;
      return true;
    }
    if (cells.every((c) => c.origin === "empty" || c.text.trim() === "")) return true;
    if (this.rows.length >= ROSTER_LIMITS.maxRows) {
      this.tooMany = true;
      return false;
    }
    const picked: RawRosterRow["cells"] = {};
    for (const [key, index] of Object.entries(this.indexes) as [RosterColumnKey, number][]) {
      const cell = cells[index];
      if (cell) picked[key] = cell;
    }
    this.rows.push({ line, cells: picked });
    return true;
  }

  result(format: "xlsx" | "csv"): RosterFileResult {
    if (this.tooMany) return { ok: false, error: "too-many-rows" };
    if (!this.indexes) {
      const m = this.lastMapping;
      return m && !m.ok
        ? { ok: false, error: "headers", missing: m.missing, duplicated: m.duplicated }
        : { ok: false, error: "empty" };
    }
    if (this.rows.length === 0) return { ok: false, error: "empty" };
    return { ok: true, format, rows: this.rows };
  }
}

/**
 * The first worksheet, streamed (exceljs WorkbookReader): a 50,000-row file is never held as
 * a workbook, only as the rows' text (bench/roster.ts measures the memory).
 */
async function readXlsx(bytes: Uint8Array): Promise<RosterFileResult> {
  const directory = checkZipDirectory(readZipDirectory(bytes, XLSX_LIMITS.maxEntries), XLSX_LIMITS);
  if (!directory.ok) return { ok: false, error: "zip-bomb" };
  // Within the limits as declared; now prove the declarations true before exceljs unpacks.
  const entries = verifyZip(bytes, XLSX_LIMITS.maxEntries);
  // A workbook written with inline strings only has no shared strings part; an empty one keeps
  // exceljs on the streaming path (it has nothing to look up in it).
  const prepend = entries.some((e) => e.name === SHARED_STRINGS) ? [] : [storedLocalEntry(SHARED_STRINGS, EMPTY_SHARED_STRINGS)];
  const input = Readable.from(moveEntriesFirst(bytes, entries, PARTS_BEFORE_SHEETS, prepend));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const collector = new RowCollector();
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
      // row.values is 1-based (index 0 is empty): column A is values[1].
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellFromExcel(values[i + 1]));
      if (!collector.add(row.number, cells)) break;
    }
    break;
  }
  input.destroy();
  return collector.result("xlsx");
}

function readCsv(bytes: Uint8Array): RosterFileResult {
  const text = decodeCsv(bytes).replace(/^\uFEFF/, "");
  const collector = new RowCollector();
  let line = 0;
  // step: one row at a time, so a huge file stops at the row limit instead of being parsed whole.
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result, parser) => {
      line += 1;
      if (
        !collector.add(
          line,
          result.data.map((v) => cellFromCsv(v)),
        )
      )
        parser.abort();
    },
  });
  return collector.result("csv");
}

/** An uploaded roster, xlsx or CSV (UTF-8 or GBK), as rows of cells by column; never throws on bad input. */
export async function readRosterFile(bytes: Uint8Array): Promise<RosterFileResult> {
  if (bytes.byteLength > ROSTER_LIMITS.maxFileBytes) return { ok: false, error: "too-big" };
  if (bytes.byteLength === 0) return { ok: false, error: "empty" };
  if (startsWith(bytes, OLE)) return { ok: false, error: "xls" };
  try {
    return startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  } catch {
    // exceljs and the zip reader throw on anything malformed; the institution only needs to know the file is unreadable.
    return { ok: false, error: "unreadable" };
  }
}
