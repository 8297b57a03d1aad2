import { EDUCATION_PROOF_CASES } from "../education-proof";
import { EDUCATION_LABELS } from "../education";
import { unprintableChars } from "../pdf-glyphs";
import { EDUCATION_LEVELS, type EducationLevel, type ProjectDef } from "../types";

/**
 * What one roster cell means, read the way institutions fill spreadsheets: the template's
 * dropdown values, but also the numbers and everyday words people type instead.
 */

const half = (raw: string) => raw.normalize("NFKC").trim();

/**
 * 姓名: as the sign-up form (lib/schemas/account-schema.ts realNameField): Han or Latin letters,
 * the middle dot, 2–30 characters (𠮷 is one character, two UTF-16 units), and every Han
 * character one the PDF fonts can print (GB 18030-2022, lib/domain/pdf-glyphs.ts).
 */
export function parseName(raw: string): string | null {
  const checked = checkName(raw);
  return checked.ok ? checked.name : null;
}

export type NameCheck =
  | { ok: true; name: string }
  | { ok: false; error: "shape" }
  /** Well formed, but these characters would print blank: refused, never stored. */
  | { ok: false; error: "unprintable"; chars: string[] }
  /** "王?": a GBK file lost a character GBK has not (𠮷) and put a question mark in its place. */
  | { ok: false; error: "lostInEncoding" };

export function checkName(raw: string): NameCheck {
  const name = half(raw).replace(/\s+/g, " ");
  const length = Array.from(name).length;
  if (/\p{Script=Han}[?？\uFFFD]|[?？\uFFFD]\p{Script=Han}/u.test(name)) return { ok: false, error: "lostInEncoding" };
  if (length < 2 || length > 30 || !/^[\p{Script=Han}A-Za-z·• ]+$/u.test(name)) return { ok: false, error: "shape" };
  const chars = unprintableChars(name);
  return chars.length > 0 ? { ok: false, error: "unprintable", chars } : { ok: true, name };
}

/** 手机号码: 11 digits starting 13–19; "+86", spaces and dashes are dropped first. */
export function parseMobile(raw: string): string | null {
  const digits = half(raw)
    .replace(/[\s-]/g, "")
    .replace(/^(\+?86)(?=1\d{10}$)/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** The ID cell as digits and X: full-width digits, spaces and a typed leading apostrophe are tolerated. */
export function idNumberText(raw: string): string {
  return half(raw).replace(/^'/, "").replace(/\s+/g, "").toUpperCase();
}

export type ProjectMatch = { ok: true; seq: number } | { ok: false; error: "unknown" | "unauthorized" };

/**
 * "大数据采集", "3", "3. 大数据采集" or "3、大数据采集" name project 3. A project of 附件1 the
 * institution is not authorized for (附件2) is told apart from a name that is no project.
 */
export function matchProject(
  raw: string,
  catalog: readonly Pick<ProjectDef, "seq" | "name">[],
  authorizedSeqs: ReadonlySet<number>,
): ProjectMatch {
  const text = half(raw).replace(/\s+/g, "");
  const numbered = /^(\d{1,2})(?:[.、．]?(.*))?$/.exec(text);
  const project = numbered
    ? catalog.find((p) => p.seq === Number(numbered[1]) && (!numbered[2] || numbered[2] === p.name))
    : catalog.find((p) => p.name === text);
  if (!project) return { ok: false, error: "unknown" };
  return authorizedSeqs.has(project.seq) ? { ok: true, seq: project.seq } : { ok: false, error: "unauthorized" };
}

/** The dropdown shows "P11-C2 具有…技能"; the code alone, the condition's number or its full text also work. */
export function matchCondition(raw: string, project: Pick<ProjectDef, "conditions">): string | null {
  const text = half(raw);
  const conditions = project.conditions;
  if (text === "") return conditions.length === 1 ? (conditions[0]?.code ?? null) : null;
  const coded = /^P\s*0*(\d{1,2})\s*[-－]\s*C\s*(\d{1,2})/i.exec(text);
  if (coded) {
    const code = `P${coded[1]!.padStart(2, "0")}-C${Number(coded[2])}`;
    return conditions.find((c) => c.code === code)?.code ?? null;
  }
  const numbered = /^(\d{1,2})$/.exec(text);
  if (numbered) return conditions[Number(numbered[1]) - 1]?.code ?? null;
  return conditions.find((c) => half(c.text) === text)?.code ?? null;
}

/** The dropdown's label for a condition: code first, so the cell can be parsed back whatever follows. */
export function conditionOption(condition: { code: string; text: string }, maxLength = 60): string {
  const label = `${condition.code} ${condition.text}`;
  return label.length > maxLength ? `${label.slice(0, maxLength - 1)}…` : label;
}

const EDUCATION_WORDS: Readonly<Record<string, EducationLevel>> = {
  小学: "JUNIOR_HIGH_OR_BELOW",
  初中: "JUNIOR_HIGH_OR_BELOW",
  初中及以下: "JUNIOR_HIGH_OR_BELOW",
  无: "JUNIOR_HIGH_OR_BELOW",
  高中: "UPPER_SECONDARY",
  中专: "UPPER_SECONDARY",
  中职: "UPPER_SECONDARY",
  职高: "UPPER_SECONDARY",
  技校: "UPPER_SECONDARY",
  技工学校: "UPPER_SECONDARY",
  技师学院: "UPPER_SECONDARY",
  大专: "JUNIOR_COLLEGE",
  专科: "JUNIOR_COLLEGE",
  大学专科: "JUNIOR_COLLEGE",
  高职: "JUNIOR_COLLEGE",
  本科: "BACHELOR",
  大学本科: "BACHELOR",
  大学: "BACHELOR",
  学士: "BACHELOR",
  研究生: "POSTGRADUATE",
  硕士: "POSTGRADUATE",
  硕士研究生: "POSTGRADUATE",
  博士: "POSTGRADUATE",
  博士研究生: "POSTGRADUATE",
};

export function parseEducation(raw: string): EducationLevel | null {
  const text = half(raw).replace(/\s+/g, "");
  if (text === "") return null;
  const byLabel = EDUCATION_LEVELS.find((level) => EDUCATION_LABELS[level].replace(/\s+/g, "") === text);
  if (byLabel) return byLabel;
  if ((EDUCATION_LEVELS as readonly string[]).includes(text)) return text as EducationLevel;
  return EDUCATION_WORDS[text.replace(/(学历|毕业)$/, "")] ?? null;
}

/** 是否应届: blank is "no"; anything that is not a clear yes or no is an error, not a guess. */
export function parseYesNo(raw: string): boolean | null | undefined {
  const text = half(raw).toLowerCase();
  if (text === "") return false;
  if (["是", "应届", "y", "yes", "true", "1", "√"].includes(text)) return true;
  if (["否", "非应届", "不是", "n", "no", "false", "0", "×"].includes(text)) return false;
  return null;
}

/** 毕业年份: blank, a year 1950–2100 ("2018", "2018年"), or a date cell's year. */
export function parseGraduationYear(raw: string): number | null | undefined {
  const text = half(raw);
  if (text === "") return undefined;
  const match = /^(\d{4})(?:年|[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\.0)?$/.exec(text);
  const year = match ? Number(match[1]) : NaN;
  return year >= 1950 && year <= 2100 ? year : null;
}

/** 学历证明情形: "1"–"5", "①", or the dropdown's "1-…" with its words. */
export function parseEducationProofCase(raw: string): number | null {
  const text = half(raw).replace(/^[①②③④⑤]/, (c) => String("①②③④⑤".indexOf(c) + 1));
  const match = /^([1-5])(?:\D.*)?$/.exec(text);
  return match ? Number(match[1]) : null;
}

export function educationProofOption(id: number): string {
  const found = EDUCATION_PROOF_CASES.find((c) => c.id === id);
  return found ? `${found.id}-${found.situation}` : String(id);
}
