import { educationRank } from "./education";
import { normalizeFreeText } from "./occupation-match";
import type { EducationLevel, MajorCategory } from "./types";

/**
 * Matching a candidate's major against 附件1 item 19's categories. The notice lists categories
 * per level (专科, 本科, 研究生 with discipline codes); a candidate may type the name with or
 * without 类, or the code.
 *
 * Categories of a lower level than the candidate's are accepted too: a bachelor who studied a
 * related 专科 major first (专升本) holds a related 大学专科 diploma, which is all the
 * condition asks. Staff see the diplomas anyway (the rule only routes to review).
 */

export function acceptedMajors(majors: readonly MajorCategory[], level: EducationLevel): MajorCategory[] {
  return majors.filter((m) => educationRank(m.level) <= educationRank(level));
}

function stem(name: string): string {
  return normalizeFreeText(name)
    .replace(/\(.*?\)/g, "")
    .replace(/\d{4}/g, "")
    .replace(/类$/, "");
}

/** The category the input names among those valid at `level`, preferring the highest level. */
export function matchMajor(input: string, majors: readonly MajorCategory[], level: EducationLevel): MajorCategory | null {
  const text = normalizeFreeText(input);
  if (text.length === 0) return null;
  const candidates = acceptedMajors(majors, level).sort((a, b) => educationRank(b.level) - educationRank(a.level));
  const code = /\d{4}/.exec(text)?.[0];
  if (code) {
    const byCode = candidates.find((m) => m.code === code);
    if (byCode) return byCode;
  }
  const wanted = stem(text);
  if (wanted.length === 0) return null;
  return candidates.find((m) => stem(m.name) === wanted) ?? null;
}
