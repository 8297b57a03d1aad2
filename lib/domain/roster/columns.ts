/**
 * The columns of the 考核人员花名册 (四(一)2 "报名机构应按照填报要求将初审合格的考生个人信息录入"):
 * one row per candidate, the same data the individual wizard asks for (四(二)2), so the two
 * channels produce the same application. The template writes these headers; an upload is read
 * by header, not by position, so an institution may reorder or add columns.
 */

export const ROSTER_COLUMN_KEYS = [
  "name",
  "idNumber",
  "mobile",
  "project",
  "condition",
  "education",
  "school",
  "major",
  "graduationYear",
  "graduatingThisYear",
  "occupation",
  "employer",
  "address",
  "educationProofCase",
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMN_KEYS)[number];

export interface RosterColumn {
  key: RosterColumnKey;
  /** The template's header, as the institution reads it. */
  header: string;
  required: boolean;
  /** Characters wide in the template. */
  width: number;
  /** The second sheet's explanation. */
  help: string;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: "name", header: "姓名", required: true, width: 10, help: "与身份证一致的姓名，2–30 个字。" },
  {
    key: "idNumber",
    header: "身份证号码",
    required: true,
    width: 22,
    help: "18 位居民身份证号码，末位 X 大小写均可。该列已设为文本格式，请勿改为数字格式，否则 Excel 会丢失后 3 位。",
  },
  { key: "mobile", header: "手机号码", required: true, width: 14, help: "11 位手机号码，用于联系考生。" },
  {
    key: "project",
    header: "考核项目",
    required: true,
    width: 22,
    help: "从下拉列表选择本机构获授权的项目（附件2），也可填写项目序号。",
  },
  {
    key: "condition",
    header: "申报条件",
    required: true,
    width: 30,
    help: "从下拉列表选择，填写条件代码（如 P11-C2）或该项目条件的序号（1、2）。各项目的条件见下表。",
  },
  {
    key: "education",
    header: "最高学历",
    required: true,
    width: 22,
    help: "初中及以下、高中/中专/技校/技师学院、大专、本科、研究生（今年毕业的填将取得的学历，并在“是否应届”填“是”）。",
  },
  { key: "school", header: "学校", required: false, width: 20, help: "毕业（就读）学校，可不填。" },
  {
    key: "major",
    header: "专业",
    required: false,
    width: 16,
    help: "所学专业；申报条件要求相关专业时必填（如心理健康指导条件1）。",
  },
  { key: "graduationYear", header: "毕业年份", required: false, width: 10, help: "四位数年份，如 2018，可不填。" },
  { key: "graduatingThisYear", header: "是否应届", required: false, width: 10, help: "“是”或“否”，不填视为“否”。" },
  {
    key: "occupation",
    header: "从事职业",
    required: false,
    width: 14,
    help: "申报条件为相关职业从业人员时必填（如心理咨询师、护士）。",
  },
  { key: "employer", header: "工作单位", required: false, width: 20, help: "可不填。" },
  { key: "address", header: "通讯地址", required: true, width: 30, help: "详细到门牌号的通讯地址，5–120 个字。" },
  {
    key: "educationProofCase",
    header: "学历证明情形",
    required: true,
    width: 14,
    help: "1–5，对应公告四(二)2 学历或学籍证明的五种情形，见下表。",
  },
];

export function rosterColumn(key: RosterColumnKey): RosterColumn {
  const column = ROSTER_COLUMNS.find((c) => c.key === key);
  if (!column) throw new RangeError(`unknown roster column ${key}`);
  return column;
}

/** "*身份证号码（18位）" and " 身份证号码 " both name the ID column: marks, spaces and notes in brackets go. */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[（(【[].*?[）)】\]]/g, "")
    .replace(/[\s*＊:：]/g, "")
    .trim();
}

const ALIASES: Readonly<Record<string, RosterColumnKey>> = {
  身份证号: "idNumber",
  身份证: "idNumber",
  证件号码: "idNumber",
  手机: "mobile",
  联系电话: "mobile",
  手机号: "mobile",
  项目: "project",
  项目名称: "project",
  申报项目: "project",
  学历: "education",
  毕业学校: "school",
  职业: "occupation",
  应届: "graduatingThisYear",
  地址: "address",
  学历证明: "educationProofCase",
};

export type HeaderMapping =
  | { ok: true; indexes: Partial<Record<RosterColumnKey, number>> }
  | { ok: false; missing: RosterColumnKey[]; duplicated: RosterColumnKey[] };

/** Which cell of a row holds which column; a required column missing, or one named twice, refuses the file. */
export function mapHeaders(headerRow: readonly string[]): HeaderMapping {
  const byHeader = new Map<string, RosterColumnKey>(ROSTER_COLUMNS.map((c) => [c.header, c.key]));
  const indexes: Partial<Record<RosterColumnKey, number>> = {};
  const duplicated = new Set<RosterColumnKey>();
  headerRow.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    const key = byHeader.get(name) ?? ALIASES[name];
    if (!key) return;
    if (indexes[key] !== undefined) duplicated.add(key);
    else indexes[key] = index;
  });
  const missing = ROSTER_COLUMNS.filter((c) => c.required && indexes[c.key] === undefined).map((c) => c.key);
  if (missing.length > 0 || duplicated.size > 0) return { ok: false, missing, duplicated: [...duplicated] };
  return { ok: true, indexes };
}
