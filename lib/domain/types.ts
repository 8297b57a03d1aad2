/**
 * Shared shapes of the notice's concepts (domain.md glossary). Pure data, no I/O:
 * the catalog seed, the database rows and the rules all speak these types.
 */

/** A calendar day in Beijing time, `YYYY-MM-DD`. Dates in the notice are days, not instants. */
export type IsoDate = string;

/** Education levels, lowest to highest (domain.md "Eligibility"). */
export const EDUCATION_LEVELS = [
  "JUNIOR_HIGH_OR_BELOW",
  "UPPER_SECONDARY",
  "JUNIOR_COLLEGE",
  "BACHELOR",
  "POSTGRADUATE",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** How one 申报条件 can be met. */
export type ConditionRule =
  /** A minimum education level; `graduatingThisYearCounts`: this year's graduates without a diploma count (附件1 items 1–10). */
  | { kind: "education"; minEducation: EducationLevel; graduatingThisYearCounts: boolean }
  /** Skills in named areas: staff judge the evidence (附件1 items 11, 15, 16). */
  | { kind: "skill"; areas: string[] }
  /** Working in one of the listed occupations: staff judge the evidence (附件1 items 19, 20). */
  | { kind: "occupation"; occupations: string[] }
  /** A related major at a minimum level: the portal checks level and list, staff judge the diploma (附件1 item 19). */
  | { kind: "major"; minEducation: EducationLevel; majors: MajorCategory[] };

export interface MajorCategory {
  /** Level at which this category counts: junior college 专科, bachelor 本科, postgraduate 研究生. */
  level: "JUNIOR_COLLEGE" | "BACHELOR" | "POSTGRADUATE";
  name: string;
  /** Discipline code where the notice gives one (研究生 codes such as 0402). */
  code: string | null;
}

export interface ConditionDef {
  /** Stable code, e.g. `P19-C2`; used in the API and the database. */
  code: string;
  /** The condition in plain Chinese words. */
  text: string;
  textEn: string;
  rule: ConditionRule;
  /** What to upload beyond the standard attachments when staff must judge evidence. */
  evidence: string | null;
  /** The same in English (issue 16 item 7: /en shows the catalog in English). */
  evidenceEn?: string | null;
}

export interface ProjectDef {
  /** 1–21, order of 附件1. */
  seq: number;
  /** Name exactly as the notice writes it, without line breaks. */
  name: string;
  nameEn: string;
  conditions: ConditionDef[];
}

export interface Window {
  start: IsoDate;
  end: IsoDate;
}

export interface BatchDef {
  year: number;
  /** 1-based order within the year. */
  seq: number;
  registration: Window;
  review: Window;
  payment: Window;
  ticket: Window;
  examDate: IsoDate;
}

export type PhaseName = "registration" | "review" | "payment" | "ticket" | "exam";

export interface InstitutionDef {
  name: string;
  address: string;
  contacts: { name: string; phone: string }[];
  /** Authorized project seqs (附件2). */
  projects: number[];
}
