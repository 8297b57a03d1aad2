/**
 * Matching a candidate's own words for their job against 附件1's occupation lists (items 19,
 * 20). People write "主治医师", "注册护士" or "二级心理咨询师", and the two lists name the
 * same jobs differently (医师 in item 19, 医生 in item 20), so an exact match would turn away
 * people the notice admits. A match only routes the application to staff, who judge the
 * evidence; a loose match (e.g. "兽医师" contains "医师") is caught there.
 */

/** Everyday names for the listed occupations, both directions where the notice varies. */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  医师: ["医生"],
  医生: ["医师"],
  教学人员: ["教师", "老师"],
  社会工作者: ["社工"],
};

/** Full-width letters, digits and brackets to half-width; no spaces. */
export function normalizeFreeText(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, "");
}

/** "教学人员（辅导员）" is met by 教学人员 and by 辅导员. */
function termsOf(listed: string): string[] {
  const normalized = normalizeFreeText(listed);
  const core = normalized.replace(/\(.*?\)/g, "");
  const inBrackets = [...normalized.matchAll(/\((.*?)\)/g)].flatMap((m) => (m[1] ?? "").split(/[、,，/]/));
  const names = [core, ...inBrackets].filter((t) => t.length > 0);
  return [...new Set([normalized, ...names, ...names.flatMap((n) => SYNONYMS[n] ?? [])])];
}

/** The listed occupation the input names, or null. */
export function matchOccupation(input: string, occupations: readonly string[]): string | null {
  const text = normalizeFreeText(input);
  if (text.length === 0) return null;
  return occupations.find((listed) => termsOf(listed).some((term) => text.includes(term))) ?? null;
}
