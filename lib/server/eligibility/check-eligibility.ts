import "server-only";
import type { Failure } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { evaluateBest, evaluateEligibility } from "@/lib/domain/eligibility";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { ConditionRule, IsoDate, ProjectDef } from "@/lib/domain/types";
import type { EligibilityQuery } from "@/lib/schemas/eligibility-schema";

export type EligibilityOutcome = "eligible" | "needs-evidence" | "ineligible";

export interface EligibilityDto {
  project: { seq: number; name: string };
  on: IsoDate;
  result: EligibilityOutcome;
  reasons: string[];
  conditions: { code: string; text: string; result: EligibilityOutcome; reasons: string[]; evidence: string | null }[];
}

/**
 * Projects and conditions are 附件1, written by the catalog seed and by nothing else (staff edit
 * only a project's fee, which is not part of ProjectDef), so they are the same for the life of a
 * process and for every instance: kept here once read, so a registration morning does not read
 * them again for every submit (ADR 049). Only found projects are kept.
 */
const projectDefs = new Map<number, ProjectDef>();

/**
 * A project's conditions as the domain's ProjectDef (the rule is data, 附件1). `client`: a
 * transaction reads on its own connection (a second pooled one deadlocks a surge, ADR 041).
 */
export async function loadProjectDef(seq: number, client: Pick<typeof db, "project"> = db): Promise<ProjectDef | null> {
  const known = projectDefs.get(seq);
  if (known) return known;
  const def = await readProjectDef(seq, client);
  if (def) projectDefs.set(seq, def);
  return def;
}

async function readProjectDef(seq: number, client: Pick<typeof db, "project">): Promise<ProjectDef | null> {
  const row = await client.project.findUnique({
    where: { seq },
    select: {
      seq: true,
      name: true,
      nameEn: true,
      conditions: { orderBy: { seq: "asc" }, select: { code: true, text: true, textEn: true, rule: true, evidence: true } },
    },
  });
  if (!row) return null;
  return { ...row, conditions: row.conditions.map((c) => ({ ...c, rule: c.rule as unknown as ConditionRule })) };
}

/** 附件1: age on the day plus one of the project's conditions. Public, so no session check. */
/**
 * `say` puts the reasons in the reader's language (a page, issue 16 item 7); without it they are
 * the notice's Chinese sentences (the API, whose callers read them as the notice words them).
 */
export async function checkEligibility(
  query: EligibilityQuery,
  today: IsoDate,
  say?: (reason: Failure) => string,
): Promise<EligibilityDto> {
  const words = (r: { reasons: string[]; because: Failure[] }) => (say ? r.because.map(say) : r.reasons);
  const project = await loadProjectDef(query.project);
  if (!project) throw new AppError("INVALID", "errors.unknownProject", { project: ["errors.unknownProject"] });
  const on = query.on ?? today;
  const birthDate = query.idNumber ? birthDateOf(query.idNumber, today) : query.birthDate;
  if (!birthDate) throw new AppError("INVALID", "errors.idOrBirthDate", { idNumber: ["errors.idOrBirthDate"] });
  const applicant = {
    birthDate,
    education: query.education,
    graduatingThisYear: query.graduatingThisYear,
    major: query.major ?? null,
    occupation: query.occupation ?? null,
  };
  const texts = new Map(project.conditions.map((c) => [c.code, c.text]));
  const summary = { seq: project.seq, name: project.name };

  if (query.condition) {
    const condition = project.conditions.find((c) => c.code === query.condition);
    if (!condition) throw new AppError("INVALID", "errors.unknownCondition", { condition: ["errors.unknownCondition"] });
    const single = evaluateEligibility(project, condition, applicant, on);
    return {
      project: summary,
      on,
      result: single.result,
      reasons: words(single),
      conditions: [
        { code: condition.code, text: condition.text, result: single.result, reasons: words(single), evidence: single.evidence },
      ],
    };
  }
  const best = evaluateBest(project, applicant, on);
  return {
    project: summary,
    on,
    result: best.result,
    reasons: words(best),
    conditions: best.conditions.map((c) => ({
      code: c.code,
      text: texts.get(c.code) ?? c.code,
      result: c.result,
      reasons: words(c),
      evidence: c.evidence,
    })),
  };
}

function birthDateOf(idNumber: string, today: IsoDate): IsoDate {
  const parsed = parseIdNumber(idNumber, today);
  if (!parsed.ok)
    throw new AppError("INVALID", `errors.idNumber.${parsed.error}`, { idNumber: [`errors.idNumber.${parsed.error}`] });
  return parsed.value.birthDate;
}
