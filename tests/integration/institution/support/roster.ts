import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { ROSTER_COLUMNS, type RosterColumnKey } from "@/lib/domain/roster/columns";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { batchId, createInstitutionActor } from "../../support/factories";
import { ensureCatalog } from "../../support/seed";

export type RosterRowInput = Partial<Record<RosterColumnKey, string | number | ExcelJS.CellValue>>;

/** A complete, eligible row for project 3 (大数据采集), batch 5 of 2025. */
export function goodRow(idNumber: string, name = "张三", overrides: RosterRowInput = {}): RosterRowInput {
  return {
    name,
    idNumber,
    mobile: "13912345678",
    project: "大数据采集",
    condition: "P03-C1",
    education: "本科",
    school: "四川大学",
    major: "计算机科学与技术",
    graduationYear: "2012",
    graduatingThisYear: "否",
    address: "成都市武侯区人民南路三段17号",
    educationProofCase: "1-高中以上学历",
    ...overrides,
  };
}

/** Fills the portal's own template, as an institution does in Excel. */
export async function fillTemplate(template: Uint8Array, rows: readonly RosterRowInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("花名册");
  if (!sheet) throw new Error("template has no 花名册 sheet");
  rows.forEach((row, i) => {
    ROSTER_COLUMNS.forEach((column, c) => {
      const value = row[column.key];
      if (value !== undefined) sheet.getCell(i + 2, c + 1).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV as Excel on Chinese Windows saves it: GBK, CRLF, the headers of the template. */
export function gbkCsv(rows: readonly RosterRowInput[]): Buffer {
  const quote = (v: RosterRowInput[keyof RosterRowInput]) => {
    const s = typeof v === "string" || typeof v === "number" ? String(v) : "";
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    ROSTER_COLUMNS.map((c) => c.header).join(","),
    ...rows.map((r) => ROSTER_COLUMNS.map((c) => quote(r[c.key])).join(",")),
  ];
  return iconv.encode(lines.join("\r\n") + "\r\n", "gbk");
}

/** The institution the roster tests register for: 附件2 gives it projects 1–10. */
export const rosterInstitution = () => createInstitutionActor("四川省大数据产业联合会");

/** What the roster tests start from: the catalogue, batch 5 of 2025 (三), and the institution's own template. */
export async function rosterSetup(): Promise<{ batch5: string; template: Buffer }> {
  await ensureCatalog();
  return { batch5: await batchId(5), template: (await rosterTemplate(await rosterInstitution())).bytes };
}

/** A workbook the portal wrote (the template, the invalid rows), opened at one sheet. */
export async function sheetOf(bytes: Uint8Array, name = "花名册") {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { workbook, sheet: workbook.getWorksheet(name)! };
}
