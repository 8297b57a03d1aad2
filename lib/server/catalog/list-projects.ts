import "server-only";
import { db } from "@/lib/db";
import type { ConditionRule, EducationLevel } from "@/lib/domain/types";

export interface ConditionDto {
  code: string;
  text: string;
  textEn: string;
  rule: ConditionRule;
  evidence: string | null;
  minEducation: EducationLevel | null;
  needsEvidence: boolean;
}

export interface ProjectDto {
  id: string;
  seq: number;
  name: string;
  nameEn: string;
  feeFen: number;
  conditions: ConditionDto[];
}

/** Where the portal can decide alone (education) versus where staff judge evidence. */
export function describeRule(rule: ConditionRule): Pick<ConditionDto, "minEducation" | "needsEvidence"> {
  switch (rule.kind) {
    case "education":
      return { minEducation: rule.minEducation, needsEvidence: false };
    case "major":
      return { minEducation: rule.minEducation, needsEvidence: true };
    case "skill":
    case "occupation":
      return { minEducation: null, needsEvidence: true };
  }
}

export async function listProjects(): Promise<ProjectDto[]> {
  const rows = await db.project.findMany({
    orderBy: { seq: "asc" },
    select: {
      id: true,
      seq: true,
      name: true,
      nameEn: true,
      feeFen: true,
      conditions: {
        orderBy: { seq: "asc" },
        select: { code: true, text: true, textEn: true, rule: true, evidence: true },
      },
    },
  });
  return rows.map((p) => ({
    ...p,
    conditions: p.conditions.map((c) => {
      const rule = c.rule as unknown as ConditionRule;
      return { ...c, rule, ...describeRule(rule) };
    }),
  }));
}
