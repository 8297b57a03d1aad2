import { PROJECTS } from "./projects";

/**
 * Issue 16 item 7 (ADR 123): the catalog's words in the reader's language. The English names and
 * condition texts are those of 附件1's catalog (projects.ts, conditions.ts), which also seeds
 * Project.nameEn / Condition.textEn that /en/projects reads: one source, no second translation.
 * Keyed by the Chinese text every use case already returns (Project.name is unique), so a page
 * translates a DTO's name without a second query. A name the catalog does not know (none today:
 * staff cannot add projects) stays as written.
 */
const PROJECT_EN = new Map(PROJECTS.map((p) => [p.name, p.nameEn]));
const PROJECT_BY_SEQ = new Map(PROJECTS.map((p) => [p.seq, p.name]));
const CONDITION_EN = new Map(PROJECTS.flatMap((p) => p.conditions.map((c) => [c.text, c.textEn] as const)));
const EVIDENCE_EN = new Map(
  PROJECTS.flatMap((p) => p.conditions.flatMap((c) => (c.evidence && c.evidenceEn ? [[c.evidence, c.evidenceEn] as const] : []))),
);

const english = (locale: string) => locale === "en";

/** A project's name as the catalog gives it in this locale. */
export function projectName(name: string, locale: string): string {
  return (english(locale) && PROJECT_EN.get(name)) || name;
}

/** A project named by its 附件1 number (a rule's value, ADR 154) in this locale; an unknown number as written. */
export function projectNameOfSeq(seq: number, locale: string): string {
  const name = PROJECT_BY_SEQ.get(seq);
  return name ? projectName(name, locale) : String(seq);
}

/** A condition's text (申报条件) in this locale. */
export function conditionText(text: string, locale: string): string {
  return (english(locale) && CONDITION_EN.get(text)) || text;
}

/** What a condition asks to upload as evidence, in this locale. */
export function evidenceText(evidence: string, locale: string): string {
  return (english(locale) && EVIDENCE_EN.get(evidence)) || evidence;
}

/** Whether the catalog has this project or condition text in English (a page marks the rest lang="zh-CN"). */
export function hasEnglish(text: string): boolean {
  return PROJECT_EN.has(text) || CONDITION_EN.has(text) || EVIDENCE_EN.has(text);
}
