import { aboutCandidate } from "../clerk-wording";
import { evaluateEligibility } from "../eligibility";
import { LEGAL_WORKING_AGE, ageOn, parseIdNumber, type IdNumberError } from "../id-number";
import type { EducationLevel, IsoDate, ProjectDef } from "../types";
import { EMPTY_CELL, cleanText, isScientificNotation, unquoteSpreadsheetText, type RawCell } from "./cells";
import { ROSTER_COLUMN_KEYS, type RosterColumnKey } from "./columns";
import {
  idNumberText,
  matchCondition,
  matchProject,
  parseEducation,
  parseEducationProofCase,
  parseGraduationYear,
  parseMobile,
  checkName,
  parseYesNo,
  type NameCheck,
} from "./values";

/** One row of the file, cells by column; `line` is the spreadsheet's row number (the header is line 1). */
export interface RawRosterRow {
  line: number;
  cells: Partial<Record<RosterColumnKey, RawCell>>;
}

export interface RowProblem {
  column: RosterColumnKey;
  /** zh-CN, says what is wrong and what to do (the institution fixes the file from this). */
  message: string;
}

/** A row that can become an application, in the shape Application and Candidate store. */
export interface RosterCandidate {
  name: string;
  idNumber: string;
  birthDate: IsoDate;
  mobile: string;
  projectSeq: number;
  conditionCode: string;
  education: EducationLevel;
  graduatingThisYear: boolean;
  school: string | null;
  major: string | null;
  graduationYear: number | null;
  occupation: string | null;
  employer: string | null;
  address: string;
  educationProofCase: number;
  /** What staff must see besides the standard scans (skill, occupation, major conditions); null when none. */
  evidence: string | null;
}

export interface RosterRowResult {
  line: number;
  /** Cleaned text of every column: shown in the preview and written back to the invalid-rows file. */
  texts: Record<RosterColumnKey, string>;
  problems: RowProblem[];
  candidate: RosterCandidate | null;
}

export interface RowContext {
  today: IsoDate;
  /** All of 附件1, with the conditions' rules as the database holds them. */
  catalog: readonly ProjectDef[];
  authorizedSeqs: ReadonlySet<number>;
}

const ID_MESSAGES: Record<IdNumberError, string> = {
  format: "身份证号码须为 18 位（前 17 位数字，末位数字或 X），请核对。",
  "birth-date": "身份证号码中的出生日期不存在，请核对第 7–14 位。",
  "future-birth-date": "身份证号码中的出生日期晚于今天，请核对第 7–14 位。",
  checksum: "身份证号码校验位不正确，通常是某一位数字输错了，请对照身份证逐位核对。",
};

export const LOST_DIGITS_MESSAGE =
  "身份证号码单元格是数字格式，Excel 已把它变成 5.10104E+17 一类的数字并丢失了后几位：请把该列设为“文本”格式后重新输入号码（或使用平台模板）。";

const TEXT_LIMITS = { school: 60, major: 50, occupation: 50, employer: 80 } as const;

function readIdNumber(cell: RawCell, today: IsoDate, problem: (m: string) => void) {
  if (cell.origin === "number" || (cell.origin !== "formula" && isScientificNotation(cell.text)))
    return void problem(LOST_DIGITS_MESSAGE);
  if (cell.origin === "formula") return void problem("身份证号码是公式，不是号码本身：请直接输入 18 位号码（文本格式）。");
  if (cleanText(cell.text) === "") return void problem("请填写身份证号码。");
  const parsed = parseIdNumber(idNumberText(cell.text), today);
  if (!parsed.ok) return void problem(ID_MESSAGES[parsed.error]);
  return parsed.value;
}

/**
 * Everything one row can be checked for on its own: each cell's format, the project against
 * the institution's authorization (附件2), and eligibility (附件1) with the same rule the
 * individual channel applies at submit (evaluateEligibility). Checks across rows and against
 * the database are in validate-roster.ts.
 */
export function validateRow(row: RawRosterRow, ctx: RowContext): RosterRowResult {
  const cell = (key: RosterColumnKey) => row.cells[key] ?? EMPTY_CELL;
  const texts = Object.fromEntries(ROSTER_COLUMN_KEYS.map((k) => [k, unquoteSpreadsheetText(cleanText(cell(k).text))])) as Record<
    RosterColumnKey,
    string
  >;
  const problems: RowProblem[] = [];
  const problem = (column: RosterColumnKey) => (message: string) => problems.push({ column, message });

  const nameCheck = checkName(texts.name);
  const name = nameCheck.ok ? nameCheck.name : null;
  if (!nameCheck.ok) problem("name")(texts.name ? nameProblem(nameCheck) : "请填写姓名。");
  const id = readIdNumber(cell("idNumber"), ctx.today, problem("idNumber"));
  const mobile = parseMobile(texts.mobile);
  if (!mobile) problem("mobile")(texts.mobile ? "手机号码须为 11 位、以 1 开头的号码。" : "请填写手机号码。");

  const projectMatch = texts.project ? matchProject(texts.project, ctx.catalog, ctx.authorizedSeqs) : null;
  const project = projectMatch?.ok ? ctx.catalog.find((p) => p.seq === projectMatch.seq) : undefined;
  if (!projectMatch) problem("project")("请选择考核项目。");
  else if (!projectMatch.ok && projectMatch.error === "unauthorized")
    problem("project")(`本机构未获授权报名“${texts.project}”（附件2），请删除该行或选择本机构的项目。`);
  else if (!projectMatch.ok) problem("project")(`没有名为“${texts.project}”的考核项目，请从下拉列表选择。`);
  const conditionCode = project ? matchCondition(texts.condition, project) : null;
  const condition = project?.conditions.find((c) => c.code === conditionCode);
  if (project && !condition)
    problem("condition")(
      texts.condition ? `“${texts.condition}”不是${project.name}的申报条件，请从下拉列表选择。` : "请选择申报条件。",
    );

  const education = parseEducation(texts.education);
  if (!education)
    problem("education")(texts.education ? `无法识别学历“${texts.education}”，请从下拉列表选择。` : "请选择最高学历。");
  const graduating = parseYesNo(texts.graduatingThisYear);
  if (graduating === null) problem("graduatingThisYear")("“是否应届”请填写“是”或“否”。");
  const graduationYear = parseGraduationYear(texts.graduationYear);
  if (graduationYear === null) problem("graduationYear")("毕业年份须为四位数年份，如 2018。");
  const proofCase = parseEducationProofCase(texts.educationProofCase);
  if (proofCase === null) problem("educationProofCase")("学历证明情形请填写 1–5（见模板“填写说明”）。");
  if (texts.address.length < 5) problem("address")("请填写详细到门牌号的通讯地址（至少 5 个字）。");
  else if (texts.address.length > 120) problem("address")("通讯地址不能超过 120 个字。");
  for (const [key, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    if (texts[key].length > max) problem(key)(`不能超过 ${max} 个字。`);
  }
  // The same data submitApplication insists on for these kinds of condition.
  if (condition?.rule.kind === "occupation" && !texts.occupation) problem("occupation")("该申报条件要求填写从事的职业。");
  if (condition?.rule.kind === "major" && !texts.major) problem("major")("该申报条件要求填写所学专业。");

  let evidence: string | null = null;
  if (id && project && condition && education && graduating !== null) {
    const verdict = evaluateEligibility(
      project,
      condition,
      {
        birthDate: id.birthDate,
        education,
        graduatingThisYear: graduating === true,
        major: texts.major || null,
        occupation: texts.occupation || null,
      },
      ctx.today,
    );
    const underAge = ageOn(id.birthDate, ctx.today) < LEGAL_WORKING_AGE;
    // The reasons are written to a candidate; the clerk reads them about the candidate (issue 13 item 9).
    if (verdict.result === "ineligible")
      problem(underAge ? "idNumber" : "condition")(aboutCandidate(verdict.reasons.join(""), name ?? undefined));
    evidence = verdict.evidence;
  }

  const valid =
    problems.length === 0 &&
    name &&
    id &&
    mobile &&
    project &&
    condition &&
    education &&
    proofCase &&
    graduating !== null &&
    graduationYear !== null;
  return {
    line: row.line,
    texts,
    problems,
    candidate: valid
      ? {
          name,
          idNumber: id.idNumber,
          birthDate: id.birthDate,
          mobile,
          projectSeq: project.seq,
          conditionCode: condition.code,
          education,
          graduatingThisYear: graduating === true,
          school: texts.school || null,
          major: texts.major || null,
          graduationYear: graduationYear ?? null,
          occupation: texts.occupation || null,
          employer: texts.employer || null,
          address: texts.address,
          educationProofCase: proofCase,
          evidence,
        }
      : null,
  };
}

/** What to do about a refused name, said to the institution's clerk (issue 13 item 5). */
function nameProblem(check: Exclude<NameCheck, { ok: true }>): string {
  if (check.error === "lostInEncoding")
    return "姓名中有问号，多为文件以 GBK 编码保存时丢失了生僻字（如𠮷）。请把名册另存为 xlsx 或“CSV UTF-8”后重新上传。";
  if (check.error === "unprintable")
    return `姓名中的“${check.chars.join("”“")}”不在准考证、证书所用字库中，打印会缺字，暂不能导入。请核对是否输错；确为身份证上的用字，请致电中心 028-86156861 人工登记。`;
  return "姓名须为 2–30 个汉字或字母（可含间隔号·），与身份证一致。";
}
