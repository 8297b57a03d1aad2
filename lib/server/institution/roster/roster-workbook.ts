import "server-only";
import ExcelJS from "exceljs";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { EDUCATION_PROOF_CASES } from "@/lib/domain/education-proof";
import { neutralizeForSpreadsheet } from "@/lib/domain/roster/cells";
import { ROSTER_COLUMNS, type RosterColumnKey } from "@/lib/domain/roster/columns";
import type { RowProblem } from "@/lib/domain/roster/validate-row";
import { conditionOption, educationProofOption } from "@/lib/domain/roster/values";
import { EDUCATION_LEVELS, type ProjectDef } from "@/lib/domain/types";
import { rosterProblemLine } from "@/lib/i18n/roster-problem-text";
import { translatorFor, type Locale } from "@/lib/i18n/translate-key";

/**
 * Dropdowns reach this far down: enough for any roster typed by hand. Longer ones are pasted,
 * and the server checks every cell anyway; each validated row costs tools that expand ranges
 * cell by cell (exceljs among them) time to open the file.
 */
const VALIDATED_ROWS = 5_001;
const ERROR_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E2" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

export interface WorkbookRow {
  texts: Record<RosterColumnKey, string>;
  problems: RowProblem[];
}

const letter = (index: number) => String.fromCharCode(65 + index);

/** exceljs has range validations (worksheet.dataValidations) but its typings do not declare them. */
function validations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function addOptions(workbook: ExcelJS.Workbook, projects: readonly ProjectDef[]) {
  // Lists longer than 255 characters cannot be written into the validation itself: a hidden sheet holds them.
  const sheet = workbook.addWorksheet("选项", { state: "hidden" });
  const lists: Partial<Record<RosterColumnKey, string[]>> = {
    project: projects.map((p) => p.name),
    condition: projects.flatMap((p) => p.conditions.map((c) => conditionOption(c))),
    education: EDUCATION_LEVELS.map((l) => EDUCATION_LABELS[l]),
    graduatingThisYear: ["是", "否"],
    educationProofCase: EDUCATION_PROOF_CASES.map((c) => educationProofOption(c.id)),
  };
  const ranges: Partial<Record<RosterColumnKey, string>> = {};
  Object.entries(lists).forEach(([key, values], i) => {
    values.forEach((v, row) => (sheet.getCell(row + 1, i + 1).value = v));
    ranges[key as RosterColumnKey] = `'选项'!$${letter(i)}$1:$${letter(i)}$${Math.max(1, values.length)}`;
  });
  return ranges;
}

function addHelp(workbook: ExcelJS.Workbook, projects: readonly ProjectDef[]) {
  const sheet = workbook.addWorksheet("填写说明");
  sheet.columns = [{ width: 16 }, { width: 12 }, { width: 90 }];
  const heading = (text: string) => {
    const row = sheet.addRow([text]);
    row.font = { bold: true, size: 12 };
  };
  heading("考核人员花名册填写说明（公告四(一)2）：每行一名考生；请勿修改第一行表头；身份证号码列须保持“文本”格式。");
  sheet.addRow(["列", "是否必填", "说明"]).font = { bold: true };
  for (const c of ROSTER_COLUMNS) sheet.addRow([c.header, c.required ? "必填" : "选填", c.help]);
  sheet.addRow([]);
  heading("本机构可报名的项目及申报条件（附件1、附件2）：“申报条件”列填写条件代码，项目只有一个条件时可不填。");
  sheet.addRow(["条件代码", "考核项目", "申报条件"]).font = { bold: true };
  for (const p of projects)
    for (const c of p.conditions) sheet.addRow([c.code, p.name, c.evidence ? `${c.text}（需上传：${c.evidence}）` : c.text]);
  sheet.addRow([]);
  heading("学历证明情形（公告四(二)2）");
  sheet.addRow(["情形", "适用", "须上传"]).font = { bold: true };
  for (const c of EDUCATION_PROOF_CASES) sheet.addRow([c.id, c.situation, c.upload]);
  sheet.eachRow((row) => (row.alignment = { wrapText: true, vertical: "top" }));
}

/**
 * The roster workbook: the template (no rows), or the invalid rows of an upload with an
 * 错误说明 column and the faulty cells shaded, which is again a valid template: the
 * institution fixes it and uploads it as it is. Text cells that a spreadsheet would take for
 * a formula get a leading quote (lib/domain/roster/cells.ts). The 错误说明 lines are in `locale`,
 * the language of the person downloading (ADR 154); headers and sheets stay the template's.
 */
export async function buildRosterWorkbook(
  projects: readonly ProjectDef[],
  rows: readonly WorkbookRow[] = [],
  locale: Locale = "zh-CN",
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "四川省专项职业能力考核报名平台";
  // First sheet, so readers that take the first worksheet (ours does) find the roster.
  const sheet = workbook.addWorksheet("花名册", { views: [{ state: "frozen", ySplit: 1 }] });
  const withErrors = rows.length > 0;
  const t = translatorFor(locale);
  sheet.columns = [
    ...ROSTER_COLUMNS.map((c) => ({
      header: c.required ? `*${c.header}` : c.header,
      key: c.key,
      width: c.width,
      // "@": text, so Excel keeps all 18 digits of an ID number and the leading digits of a phone number.
      style: c.key === "idNumber" || c.key === "mobile" ? { numFmt: "@" } : {},
    })),
    ...(withErrors ? [{ header: "错误说明", key: "errors", width: 60 }] : []),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  const ranges = addOptions(workbook, projects);
  ROSTER_COLUMNS.forEach((c, i) => {
    const source = ranges[c.key];
    if (!source) return;
    validations(sheet).add(`${letter(i)}2:${letter(i)}${VALIDATED_ROWS}`, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: c.key !== "condition",
      errorStyle: "warning",
      errorTitle: c.header,
      error: `请从下拉列表选择${c.header}`,
    });
  });
  for (const row of rows) {
    const values: Record<string, string> = {};
    for (const c of ROSTER_COLUMNS) values[c.key] = neutralizeForSpreadsheet(row.texts[c.key]);
    values.errors = row.problems.map((p) => rosterProblemLine(t, locale, p)).join("\n");
    const added = sheet.addRow(values);
    added.getCell("errors").alignment = { wrapText: true, vertical: "top" };
    for (const p of row.problems) added.getCell(p.column).fill = ERROR_FILL;
  }
  addHelp(workbook, projects);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
