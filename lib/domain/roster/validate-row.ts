import type { Failure } from "@/lib/action-result";
import type { MessageParams, NamespaceKey } from "@/lib/i18n/message-key";
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

/**
 * What is wrong with one cell and what to do (the institution fixes the file from this): a key
 * under `ruleFailures.roster` with its values (ADR 130, 154), said in the reader's language by
 * `rosterProblemText` (lib/i18n/roster-problem-text.ts). A project is a value by its `projectSeq`,
 * named by the renderer from the catalog.
 */
export interface RowProblem {
  column: RosterColumnKey;
  failure: Failure;
}

/** A roster failure: `ruleFailures.roster.<name>` with its values. */
export function rosterFailure(name: RosterFailureName, params?: MessageParams): Failure {
  return params ? { key: `ruleFailures.roster.${name}`, params } : { key: `ruleFailures.roster.${name}` };
}

type RosterFailureName = NamespaceKey<"ruleFailures.roster">;

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

const ID_FAILURES: Record<IdNumberError, RosterFailureName> = {
  format: "idNumber.format",
  "birth-date": "idNumber.birthDate",
  "future-birth-date": "idNumber.futureBirthDate",
  checksum: "idNumber.checksum",
};

/** Excel turned the ID number into 5.10104E+17 and lost its last digits (issue 13). */
export const LOST_DIGITS = rosterFailure("idNumber.lostDigits");

const TEXT_LIMITS = { school: 60, major: 50, occupation: 50, employer: 80 } as const;
const ADDRESS_LENGTH = { min: 5, max: 120 } as const;

function readIdNumber(cell: RawCell, today: IsoDate, problem: (f: Failure) => void) {
  if (cell.origin === "number" || (cell.origin !== "formula" && isScientificNotation(cell.text)))
    return void problem(LOST_DIGITS);
  if (cell.origin === "formula") return void problem(rosterFailure("idNumber.formula"));
  if (cleanText(cell.text) === "") return void problem(rosterFailure("idNumber.missing"));
  const parsed = parseIdNumber(idNumberText(cell.text), today);
  if (!parsed.ok) return void problem(rosterFailure(ID_FAILURES[parsed.error]));
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
  const problem = (column: RosterColumnKey) => (failure: Failure | RosterFailureName, params?: MessageParams) =>
    problems.push({ column, failure: typeof failure === "string" ? rosterFailure(failure, params) : failure });

  const nameCheck = checkName(texts.name);
  const name = nameCheck.ok ? nameCheck.name : null;
  if (!nameCheck.ok) problem("name")(texts.name ? nameProblem(nameCheck) : "name.missing");
  const id = readIdNumber(cell("idNumber"), ctx.today, problem("idNumber"));
  const mobile = parseMobile(texts.mobile);
  if (!mobile) problem("mobile")(texts.mobile ? "mobile.invalid" : "mobile.missing");

  const projectMatch = texts.project ? matchProject(texts.project, ctx.catalog, ctx.authorizedSeqs) : null;
  const project = projectMatch?.ok ? ctx.catalog.find((p) => p.seq === projectMatch.seq) : undefined;
  // The project as the clerk typed it: their own words, shown as written.
  if (!projectMatch) problem("project")("project.missing");
  else if (!projectMatch.ok && projectMatch.error === "unauthorized")
    problem("project")("project.unauthorized", { project: texts.project });
  else if (!projectMatch.ok) problem("project")("project.unknown", { project: texts.project });
  const conditionCode = project ? matchCondition(texts.condition, project) : null;
  const condition = project?.conditions.find((c) => c.code === conditionCode);
  if (project && !condition)
    problem("condition")(
      texts.condition
        ? rosterFailure("condition.notOfProject", { condition: texts.condition, projectSeq: project.seq })
        : "condition.missing",
    );

  const education = parseEducation(texts.education);
  if (!education)
    problem("education")(
      texts.education ? rosterFailure("education.unknown", { education: texts.education }) : "education.missing",
    );
  const graduating = parseYesNo(texts.graduatingThisYear);
  if (graduating === null) problem("graduatingThisYear")("graduatingThisYear.invalid");
  const graduationYear = parseGraduationYear(texts.graduationYear);
  if (graduationYear === null) problem("graduationYear")("graduationYear.invalid");
  const proofCase = parseEducationProofCase(texts.educationProofCase);
  if (proofCase === null) problem("educationProofCase")("educationProofCase.invalid");
  if (texts.address.length < ADDRESS_LENGTH.min) problem("address")("address.tooShort", { min: ADDRESS_LENGTH.min });
  else if (texts.address.length > ADDRESS_LENGTH.max) problem("address")("address.tooLong", { max: ADDRESS_LENGTH.max });
  for (const [key, max] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    if (texts[key].length > max) problem(key)("tooLong", { max });
  }
  // The same data submitApplication insists on for these kinds of condition.
  if (condition?.rule.kind === "occupation" && !texts.occupation) problem("occupation")("occupation.required");
  if (condition?.rule.kind === "major" && !texts.major) problem("major")("major.required");

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
      verdict.because.forEach((reason, i) =>
        problem(underAge ? "idNumber" : "condition")(aboutTheCandidate(reason, verdict.reasons[i] ?? "", name, i === 0)),
      );
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
function nameProblem(check: Exclude<NameCheck, { ok: true }>): Failure {
  if (check.error === "lostInEncoding") return rosterFailure("name.lostInEncoding");
  // The characters themselves, each in quotes (「“𠮷”“龘”」: the same marks in both languages).
  if (check.error === "unprintable") return rosterFailure("name.unprintable", { chars: check.chars.join("”“") });
  return rosterFailure("name.shape");
}

const ELIGIBILITY_PREFIX = "ruleFailures.eligibility.";

/**
 * The eligibility reasons the rules can refuse a row with, each in the clerk's words under
 * `ruleFailures.roster.eligibility` (a reason is written to the candidate: 「您的学历…」; the clerk
 * reads it about the candidate, 「考生王芳的学历…」, issue 13 item 9). Reasons that never refuse
 * (met, evidence to upload) have none.
 */
const CLERK_REASONS: Partial<Record<NamespaceKey<"ruleFailures.eligibility">, NamespaceKey<"ruleFailures.roster.eligibility">>> =
  {
    tooYoung: "tooYoung",
    educationNotYet: "educationNotYet",
    educationBelow: "educationBelow",
    occupationMissing: "occupationMissing",
    occupationNotListed: "occupationNotListed",
    majorGraduate: "majorGraduate",
    majorBelow: "majorBelow",
    majorMissing: "majorMissing",
    majorNotListed: "majorNotListed",
    noConditions: "noConditions",
  };

/**
 * An eligibility reason said about the candidate: the same values, plus who (`named` with the
 * row's name on its first mention, as `aboutCandidate` does; otherwise 该考生). A reason this
 * table does not know yet (a rule added later) keeps its Chinese sentence, turned by
 * `aboutCandidate`, behind `ruleFailures.roster.asStored`.
 */
function aboutTheCandidate(reason: Failure, sentence: string, name: string | null, first: boolean): Failure {
  const clerk = reason.key.startsWith(ELIGIBILITY_PREFIX)
    ? CLERK_REASONS[reason.key.slice(ELIGIBILITY_PREFIX.length) as NamespaceKey<"ruleFailures.eligibility">]
    : undefined;
  if (!clerk) return rosterFailure("asStored", { text: aboutCandidate(sentence, (first && name) || undefined) });
  const who = first && name ? { who: "named", name } : { who: "unnamed", name: "" };
  return { key: `ruleFailures.roster.eligibility.${clerk}`, params: { ...reason.params, ...who } };
}
