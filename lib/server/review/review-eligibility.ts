import "server-only";
import { shanghaiDate } from "@/lib/domain/calendar";
import { evaluateEligibility, type EligibilityResult } from "@/lib/domain/eligibility";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { IsoDate, ProjectDef } from "@/lib/domain/types";
import type { EducationLevel } from "@/lib/generated/prisma/enums";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";

export interface EligibilityInput {
  projectSeq: number;
  conditionCode: string | null;
  idNumber: string;
  education: EducationLevel | null;
  graduatingThisYear: boolean;
  major: string | null;
  occupation: string | null;
  submittedAt: Date | null;
}

/**
 * The same rule the candidate's submit ran (附件1, lib/domain/eligibility), evaluated again on the
 * day of submission so the reviewer sees what the portal decided and which evidence staff must
 * judge. Project definitions are loaded once per project for a whole queue page.
 */
export function createEligibilityEvaluator(today: IsoDate) {
  const projects = new Map<number, Promise<ProjectDef | null>>();
  return async (input: EligibilityInput): Promise<EligibilityResult | null> => {
    if (!input.conditionCode || !input.education) return null;
    let project = projects.get(input.projectSeq);
    if (!project) {
      project = loadProjectDef(input.projectSeq);
      projects.set(input.projectSeq, project);
    }
    const def = await project;
    const condition = def?.conditions.find((c) => c.code === input.conditionCode);
    const day = input.submittedAt ? shanghaiDate(input.submittedAt) : today;
    const id = parseIdNumber(input.idNumber, day);
    if (!def || !condition || !id.ok) return null;
    return evaluateEligibility(
      def,
      condition,
      {
        birthDate: id.value.birthDate,
        education: input.education,
        graduatingThisYear: input.graduatingThisYear,
        major: input.major,
        occupation: input.occupation,
      },
      day,
    );
  };
}

/** Clean rows may be approved in bulk: the portal found them eligible and nothing is left to judge. */
export function isClean(result: EligibilityResult | null): boolean {
  return result?.result === "eligible";
}
