import "server-only";
import chardet from "chardet";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { MAX_SCORE_ROWS } from "@/lib/domain/score-import";

/** A results sheet is a few hundred rows; 5 MB is far above that and bounds the work. */
export const MAX_SCORE_FILE_BYTES = 5 * 1024 * 1024;

export type ScoreFileResult = { ok: true; table: string[][] } | { ok: false; error: "too-big" | "xls" | "unreadable" };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Excel saves CSV in GBK on Chinese Windows (stack-notes): text that is valid UTF-8 is read as
 * such (a BOM or not), anything else is decoded as chardet guesses, GB18030 by default, which
 * covers GBK and GB2312.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const guess = chardet.detect(bytes);
    const encoding = guess && iconv.encodingExists(guess) && !/^UTF/i.test(guess) ? guess : "gb18030";
    return iconv.decode(Buffer.from(bytes), /^(GB2312|GBK)$/i.test(encoding) ? "gb18030" : encoding);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > MAX_SCORE_ROWS + 2) return;
    const cells: string[] = [];
    // cell.text is what Excel shows: a formula's result, rich text joined, numbers as written.
    for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text ?? "");
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (row) => row ?? []);
}

/** The first worksheet of an .xlsx, or a CSV, as rows of text cells (row 1 first). */
export async function readScoreFile(bytes: Uint8Array): Promise<ScoreFileResult> {
  if (bytes.byteLength > MAX_SCORE_FILE_BYTES) return { ok: false, error: "too-big" };
  if (startsWith(bytes, OLE)) return { ok: false, error: "xls" };
  try {
    if (startsWith(bytes, ZIP)) return { ok: true, table: await readXlsx(bytes) };
    const parsed = Papa.parse<string[]>(decodeCsv(bytes).replace(/^\uFEFF/, ""), { skipEmptyLines: false });
    return { ok: true, table: parsed.data.slice(0, MAX_SCORE_ROWS + 2).map((row) => row.map(String)) };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}
